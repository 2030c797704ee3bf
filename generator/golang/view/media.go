package view

import (
	"github.com/armgen/armgen/generator/ir"
)

// BodyFormat is how the operation's body parameter travels (JSON when there is none).
func (v *Op) BodyFormat() ir.BodyFormat {
	if v.Body == nil {
		return ir.BodyJSON
	}
	return v.Body.Param.BodyFormat
}

// ResultFormat is how the body of the first success response with a body travels.
func (v *Op) ResultFormat() ir.BodyFormat {
	for _, c := range v.Success {
		for _, r := range v.Op.Responses {
			if r.Status == StatusKey(c) && r.Type != nil {
				return r.BodyFormat
			}
		}
	}
	return ir.BodyJSON
}

// StreamsResult reports whether the response hands the caller the body as an io.ReadCloser.
func (v *Op) StreamsResult() bool {
	return v.Result != nil && v.ResultFormat() == ir.BodyBinary && !v.Op.IsLRO() && !v.Op.IsPager()
}

// HasXML reports whether an operation of pkg sends or reads an XML body.
func HasXML(pkg *ir.Package) bool {
	for _, g := range pkg.Groups {
		for _, op := range g.Operations {
			if op.XMLRequest != nil || op.XMLResponse != nil {
				return true
			}
		}
	}
	return false
}
