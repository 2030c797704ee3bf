package ir

import "strings"

// BodyFormat says how a request or response body travels.
type BodyFormat uint8

// Body formats.
const (
	// BodyJSON is the body's type encoded as JSON (the default).
	BodyJSON BodyFormat = iota
	// BodyBinary is bytes passed as they are: a request reads them from an io.ReadSeekCloser,
	// a response hands the caller an io.ReadCloser (type file, format binary or file).
	BodyBinary
	// BodyText is a string sent or read as it is, for a text/* media type.
	BodyText
)

// IsJSONMediaType reports whether a media type is JSON (application/json,
// application/merge-patch+json, text/json; parameters ignored).
func IsJSONMediaType(mt string) bool {
	mt = strings.ToLower(strings.TrimSpace(mt))
	if i := strings.IndexByte(mt, ';'); i >= 0 {
		mt = strings.TrimSpace(mt[:i])
	}
	return mt == "application/json" || mt == "text/json" || strings.HasSuffix(mt, "+json")
}

// IsTextMediaType reports whether a media type is text/* other than text/json.
func IsTextMediaType(mt string) bool {
	mt = strings.ToLower(strings.TrimSpace(mt))
	return strings.HasPrefix(mt, "text/") && !IsJSONMediaType(mt)
}

// InFormData is a formData parameter: a field of an application/x-www-form-urlencoded or
// multipart/form-data body.
const InFormData Location = "formData"

// IsFile reports whether t is a formData file (type: file): an io.ReadSeekCloser in Go.
func (t *Type) IsFile() bool {
	return t != nil && t.Kind == KindPrimitive && t.Primitive == Bytes && t.Format == "file"
}
