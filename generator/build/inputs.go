package build

import (
	"path/filepath"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/load"
)

// packageAPIVersion is the package's API version: the info.version of its input files, or,
// when a readme tag mixes files of several versions, the latest of them (versions are dates,
// so they sort as text). Each operation still sends the version of its own file
// (builder.apiVersion).
func packageAPIVersion(doc *load.Document) string {
	v := ""
	for _, f := range doc.Specs {
		if fv := f.Tree.Pointer("/info/version").StrOr(""); fv > v {
			v = fv
		}
	}
	return v
}

// apiVersion is the api-version an operation sends: the info.version of the input file
// that declares it.
func (b *builder) apiVersion(op *ir.Operation) string {
	if f := b.doc.File(op.Source.File); f != nil {
		if v := f.Tree.Pointer("/info/version").StrOr(""); v != "" {
			return v
		}
	}
	return b.pkg.APIVersion
}

// RepoPath is a file's path inside azure-rest-api-specs, from "specification/", or
// fallback when abs does not sit in such a tree.
func RepoPath(abs, fallback string) string {
	abs = filepath.ToSlash(abs)
	if i := strings.LastIndex(abs, "/specification/"); i >= 0 {
		return abs[i+1:]
	}
	return fallback
}
