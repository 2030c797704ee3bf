package build

import (
	"fmt"
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
)

// securityWarnings records, as warnings of the document, the security requirements the
// generated clients do not honour. The clients authenticate every request with an
// azcore.TokenCredential and a bearer token for the ARM audience of their options, which is
// what ARM specs ask for (oauth2 "azure_auth" with the scope "user_impersonation"). An
// apiKey or basic scheme, or an oauth2 scope of another service, would not be sent: the
// warning says so rather than leaving the user to find out from a 401.
func securityWarnings(doc *load.Document) {
	for _, f := range doc.Specs {
		fileSecurityWarnings(doc, f)
	}
	doc.Warnings.Sort()
}

// fileSecurityWarnings records the warnings of one input file.
func fileSecurityWarnings(doc *load.Document, f *load.File) {
	defs := f.Tree.Get("securityDefinitions")
	warned := map[string]bool{}
	check := func(ptr string, reqs *jsonv.Value) {
		if reqs == nil || reqs.Kind != jsonv.Array {
			return
		}
		for i, req := range reqs.Arr {
			if req.Kind != jsonv.Object {
				continue
			}
			for _, m := range req.Obj {
				at := fmt.Sprintf("%s/%d/%s", ptr, i, jsonv.EscapeToken(m.Key))
				msg := securityProblem(defs.Get(m.Key), m.Value)
				if msg == "" || warned[m.Key+"\x00"+msg] {
					continue
				}
				warned[m.Key+"\x00"+msg] = true
				doc.Warnings = append(doc.Warnings, load.Diagnostic{File: f.Path, Pointer: at, Line: req.Line, Kind: load.WarnSecurity,
					Msg: fmt.Sprintf("security scheme %q: %s; the clients send a bearer token for the ARM audience of their options", m.Key, msg)})
			}
		}
	}
	check("/security", f.Tree.Get("security"))
	if paths := f.Tree.Get("paths"); paths != nil {
		for _, p := range paths.Obj {
			for _, op := range p.Value.Obj {
				check("/paths/"+jsonv.EscapeToken(p.Key)+"/"+jsonv.EscapeToken(op.Key)+"/security", op.Value.Get("security"))
			}
		}
	}
}

// securityProblem says why the requirement of scheme def with scopes is not honoured, or "".
func securityProblem(def, scopes *jsonv.Value) string {
	if def == nil {
		return "not declared in securityDefinitions"
	}
	switch typ := def.Get("type").StrOr(""); typ {
	case "oauth2":
		var other []string
		if scopes != nil {
			for _, s := range scopes.Arr {
				if sc := s.StrOr(""); sc != "" && !armScope(sc) {
					other = append(other, sc)
				}
			}
		}
		if len(other) > 0 {
			return fmt.Sprintf("the scope %s is not requested", strings.Join(other, ", "))
		}
		return ""
	default:
		return fmt.Sprintf("%q authentication is not supported", typ)
	}
}

// armScope reports whether an oauth2 scope is what an ARM bearer token carries.
func armScope(s string) bool {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "/.default"), "/")
	return s == "user_impersonation" || s == "https://management.azure.com" || s == "https://management.core.windows.net"
}
