package gocode

import (
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/output"
	"github.com/dave/jennifer/jen"
)

// File is one emitted file and its name relative to the package folder: a jennifer file,
// which the emitter's renderer formats, or Src, source already laid out as gofmt lays it.
type File struct {
	Name string
	File *jen.File
	Src  []byte
}

// NewFile starts a jennifer file with armgen's header.
func NewFile(pkg *ir.Package) *jen.File {
	f := jen.NewFile(pkg.Name)
	f.HeaderComment(strings.TrimPrefix(output.GeneratedHeader, "// "))
	return f
}
