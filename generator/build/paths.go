package build

import (
	"net/url"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
)

// pathKey splits a key of paths or x-ms-paths into the path template and the fixed query.
// An x-ms-paths key may carry a query ("/p?op=next"), which is how one path holds several
// operations with the same method; the query is sent as it is. Swagger forbids a query in a
// plain paths key, but specs have them (xml-service's "/xml/?comp=list"): it is read the same
// way. The query's pairs may be separated by ";" as well as "&"; they are sent joined by "&".
func (b *builder) pathKey(f *load.File, pptr, key string) (path, query string, ok bool) {
	path, query, hasQuery := strings.Cut(key, "?")
	if !strings.HasPrefix(path, "/") {
		b.errorf(f.Path, pptr, "path %q does not start with '/'", key)
		return "", "", false
	}
	if !hasQuery {
		return path, "", true
	}
	// A semicolon separates the pairs as an ampersand does (HTML 4's form encoding, and the
	// 2021 repository's "?op=APPEND;append=true;flush=true"): Go's url.ParseQuery refuses
	// it, and a service that reads the pairs reads them joined by "&".
	query = strings.ReplaceAll(query, ";", "&")
	if strings.ContainsAny(query, "#{}") {
		b.errorf(f.Path, pptr, "the query of x-ms-paths key %q must be fixed text without '#', '{' or '}'", key)
		return "", "", false
	}
	if _, err := url.ParseQuery(query); err != nil {
		b.errorf(f.Path, pptr, "the query of x-ms-paths key %q does not parse: %v", key, err)
		return "", "", false
	}
	return path, query, true
}

// nextOperations resolves x-ms-pageable operationName to the operation that fetches the
// pages after the first. The next operation must be a GET, or a POST without a body
// (Policy Insights' PolicyStates_NextLink), whose parameters the first operation can
// supply, besides the next link itself.
func (b *builder) nextOperations(byID map[string]*ir.Operation) {
	for _, g := range b.pkg.Groups {
		for _, op := range g.Operations {
			pg := op.Pageable
			if pg == nil || pg.OperationName == "" {
				continue
			}
			ptr := op.Source.Pointer + "/x-ms-pageable/operationName"
			next := byID[pg.OperationName]
			if next == nil {
				b.errorf(op.Source.File, ptr, "operationName %q names no operation of the spec", pg.OperationName)
				continue
			}
			if next.Group != op.Group {
				b.errorf(op.Source.File, ptr, "next operation %s is not in operation group %s", next.ID, op.Group)
				continue
			}
			if (next.Method != "GET" && next.Method != "POST") || next.Body != nil {
				b.errorf(op.Source.File, ptr, "next operation %s must be a GET or a POST without a body", next.ID)
				continue
			}
			if op.LongRunning != nil {
				b.errorf(op.Source.File, ptr, "operationName on a long-running operation is not supported yet")
				continue
			}
			ok := true
			for _, np := range next.Params {
				if np.Client || np.Constant != "" || ir.IsNextLinkParam(np) || !np.Required {
					continue
				}
				if findParam(op.Params, np.Name, np.In) == nil {
					b.errorf(next.Source.File, np.Source.Pointer, "parameter %q of next operation %s is required but operation %s, whose pages it fetches, has no such parameter", np.Name, next.ID, op.ID)
					ok = false
				}
			}
			if ok {
				pg.Next = next
			}
		}
	}
}

func findParam(list []*ir.Parameter, name string, in ir.Location) *ir.Parameter {
	for _, p := range list {
		if p.Name == name && p.In == in {
			return p
		}
	}
	return nil
}

// isOwnAPIVersion reports whether an api-version parameter belongs to its operation rather
// than to the client: x-ms-parameter-location: method or x-ms-api-version: false.
func isOwnAPIVersion(f *load.File, ptr, loc string) bool {
	if loc == "method" {
		return true
	}
	v := f.Tree.Pointer(ptr + "/x-ms-api-version")
	return v != nil && v.Kind == jsonv.Bool && !v.Bool
}

// singleEnum returns the one value of a string parameter whose enum allows only one.
func singleEnum(f *load.File, ptr string) (string, bool) {
	e := f.Tree.Pointer(ptr + "/enum")
	if e == nil || e.Kind != jsonv.Array || len(e.Arr) != 1 || e.Arr[0].Kind != jsonv.String {
		return "", false
	}
	return e.Arr[0].Str, true
}
