package diff

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/output"
)

// APIChange is one change in the exported Go API of the generated package.
type APIChange struct {
	// Change is "added", "removed" or "changed".
	Change string `json:"change"`
	// Ident is the identifier: "T", "T.Field", "T.Method", "Func" or "Const", prefixed
	// with the folder for a package in a subfolder ("fake.ServerFactory").
	Ident string `json:"ident"`
	// Kind is "type", "field", "method", "func", "const" or "var".
	Kind string `json:"kind"`
	// Old and New are the declarations before and after, such as "*string" for a field,
	// "func() []Access" for a function or "Access = \"Allow\"" for a constant.
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
	// Breaking is true for removed and changed identifiers: code that uses them no
	// longer compiles or means something else.
	Breaking bool `json:"breaking"`
}

// apiDecl is one exported declaration: its kind and its signature.
type apiDecl struct{ kind, sig string }

// CompareGo compares the exported API of two generated packages, given as their files
// (only .go files outside _test.go are read).
func CompareGo(old, new *output.Files) ([]APIChange, error) {
	a, err := exportedAPI(old)
	if err != nil {
		return nil, fmt.Errorf("old package: %w", err)
	}
	b, err := exportedAPI(new)
	if err != nil {
		return nil, fmt.Errorf("new package: %w", err)
	}
	var out []APIChange
	for _, id := range unionKeys(a, b) {
		x, inA := a[id]
		y, inB := b[id]
		switch {
		case !inA:
			out = append(out, APIChange{Change: "added", Ident: id, Kind: y.kind, New: y.sig})
		case !inB:
			out = append(out, APIChange{Change: "removed", Ident: id, Kind: x.kind, Old: x.sig, Breaking: true})
		case x != y:
			out = append(out, APIChange{Change: "changed", Ident: id, Kind: y.kind, Old: x.sig, New: y.sig, Breaking: true})
		}
	}
	order := map[string]int{"removed": 0, "changed": 1, "added": 2}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Change != out[j].Change {
			return order[out[i].Change] < order[out[j].Change]
		}
		return out[i].Ident < out[j].Ident
	})
	return out, nil
}

// exportedAPI parses a package's files and lists its exported declarations.
func exportedAPI(files *output.Files) (map[string]apiDecl, error) {
	fset := token.NewFileSet()
	api := map[string]apiDecl{}
	for _, name := range files.Names() {
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, files.Get(name), parser.SkipObjectResolution)
		if err != nil {
			return nil, fmt.Errorf("parse %s: %w", name, err)
		}
		// Files in a subfolder are another package (such as fake/): prefix its names.
		prefix := ""
		if i := strings.LastIndex(name, "/"); i >= 0 {
			prefix = name[:i] + "."
		}
		pkgAPI := map[string]apiDecl{}
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.GenDecl:
				genDecl(d, pkgAPI)
			case *ast.FuncDecl:
				funcDecl(d, pkgAPI)
			}
		}
		for id, d := range pkgAPI {
			api[prefix+id] = d
		}
	}
	return api, nil
}

func genDecl(d *ast.GenDecl, api map[string]apiDecl) {
	for _, spec := range d.Specs {
		switch s := spec.(type) {
		case *ast.TypeSpec:
			if !s.Name.IsExported() {
				continue
			}
			st, ok := s.Type.(*ast.StructType)
			if !ok {
				api[s.Name.Name] = apiDecl{"type", types.ExprString(s.Type)}
				continue
			}
			api[s.Name.Name] = apiDecl{"type", "struct"}
			for _, fl := range st.Fields.List {
				typ := types.ExprString(fl.Type)
				names := fl.Names
				if len(names) == 0 { // embedded: named after its type
					n := strings.TrimPrefix(typ, "*")
					if i := strings.LastIndex(n, "."); i >= 0 {
						n = n[i+1:]
					}
					names = []*ast.Ident{ast.NewIdent(n)}
				}
				for _, n := range names {
					if n.IsExported() {
						api[s.Name.Name+"."+n.Name] = apiDecl{"field", typ}
					}
				}
			}
		case *ast.ValueSpec:
			kind := "var"
			if d.Tok == token.CONST {
				kind = "const"
			}
			for i, n := range s.Names {
				if !n.IsExported() {
					continue
				}
				var sig []string
				if s.Type != nil {
					sig = append(sig, types.ExprString(s.Type))
				}
				if i < len(s.Values) {
					sig = append(sig, "= "+types.ExprString(s.Values[i]))
				}
				api[n.Name] = apiDecl{kind, strings.Join(sig, " ")}
			}
		}
	}
}

func funcDecl(d *ast.FuncDecl, api map[string]apiDecl) {
	if !d.Name.IsExported() {
		return
	}
	sig := types.ExprString(d.Type)
	if d.Recv == nil || len(d.Recv.List) == 0 {
		api[d.Name.Name] = apiDecl{"func", sig}
		return
	}
	recv := types.ExprString(d.Recv.List[0].Type)
	if strings.HasPrefix(recv, "*") {
		sig = "(pointer receiver) " + sig
	}
	recv = strings.TrimPrefix(recv, "*")
	if i := strings.Index(recv, "["); i >= 0 {
		recv = recv[:i]
	}
	if !ast.IsExported(recv) {
		return
	}
	api[recv+"."+d.Name.Name] = apiDecl{"method", sig}
}
