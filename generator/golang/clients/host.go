package clients

import (
	"net/url"
	"strings"

	"github.com/armgen/armgen/generator/golang/view"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// endpoint returns the expression of the URL a request is sent to, before the path: the ARM
// endpoint of the client's options, or, for a spec with x-ms-parameterized-host, the host
// template filled with the host parameters (declared as the local hostURL).
func endpoint(g *jen.Group, v *view.Op) jen.Code {
	h := v.HostTemplate
	if h == nil {
		return jen.Id("client").Dot("internal").Dot("Endpoint").Call()
	}
	g.Id("hostURL").Op(":=").Lit(h.Template)
	for _, p := range h.Params {
		pv := v.ParamByName(p.Name, ir.InHost)
		if pv == nil {
			continue // unreachable: the builder adds every host parameter to every operation
		}
		val := paramValue(pv)
		if !p.SkipURLEncoding {
			val = jen.Qual("net/url", "PathEscape").Call(val)
		}
		g.Id("hostURL").Op("=").Qual("strings", "ReplaceAll").Call(jen.Id("hostURL"), jen.Lit("{"+p.Name+"}"), val)
	}
	return jen.Id("hostURL")
}

// declaresQuery reports whether the operation has a query parameter name.
func declaresQuery(v *view.Op, name string) bool {
	if v.ParamByName(name, ir.InQuery) != nil {
		return true
	}
	for _, pv := range v.Grouped {
		if pv.Param.Name == name && pv.Param.In == ir.InQuery {
			return true
		}
	}
	return false
}

// fixedQuery puts the query of an x-ms-paths key ("/p?op=next") before the operation's
// query parameters, as it is.
// A part of the key's query that names a query parameter the operation declares is left to
// that parameter (xml-service declares comp and restype both ways), so it is sent once.
func fixedQuery(g *jen.Group, v *view.Op) {
	var kept []string
	for _, part := range strings.Split(v.Op.FixedQuery, "&") {
		k, _, _ := strings.Cut(part, "=")
		if name, err := url.QueryUnescape(k); part == "" || (err == nil && declaresQuery(v, name)) {
			continue
		}
		kept = append(kept, part)
	}
	q := strings.Join(kept, "&")
	if q == "" {
		return
	}
	raw := jen.Id("req").Dot("Raw").Call().Dot("URL").Dot("RawQuery")
	g.Comment("The query of the x-ms-paths key " + strings.ReplaceAll(v.Op.Path+"?"+q, "\n", " ") + " is part of the operation.")
	g.Add(raw.Clone()).Op("=").Qual("strings", "TrimSuffix").Call(jen.Lit(q+"&").Op("+").Add(raw.Clone()), jen.Lit("&"))
}
