package sdkcompat

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
)

// EnumModules are SDK modules whose enum constants TestEnumConstantNames compares with
// armgen's names for the same values: resource-manager packages of several services and
// generator versions (their newest releases, and armnetwork's v1.1.0).
var EnumModules = [][2]string{
	{NetworkModule, NetworkVersion},
	{SDKPrefix + "network/armnetwork/v6", "v6.2.0"},
	{SDKPrefix + "compute/armcompute/v6", "v6.4.0"},
	{StorageModule, StorageVersion},
	{SDKPrefix + "sql/armsql", "v1.2.0"},
	{SDKPrefix + "keyvault/armkeyvault", "v1.5.0"},
	{SDKPrefix + "containerservice/armcontainerservice/v6", "v6.6.0"},
	{SDKPrefix + "monitor/armmonitor", "v0.13.0"},
	{MSIModule, MSIVersion},
}

// EnumConstant is one exported constant of an SDK package's constants.go: its name, its
// type's name and its value (a string's contents, a number's literal).
type EnumConstant struct{ Name, Type, Value string }

// EnumConstants fetches module@version (into the module cache, through work) and lists the
// typed constants of its constants.go.
func EnumConstants(module, version, work string) ([]EnumConstant, error) {
	dir, err := moduleDir(module, version, work)
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "constants.go")
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		return nil, err
	}
	var out []EnumConstant
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			vs := s.(*ast.ValueSpec)
			typ, ok := vs.Type.(*ast.Ident)
			if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 || !vs.Names[0].IsExported() {
				continue
			}
			lit, ok := vs.Values[0].(*ast.BasicLit)
			if !ok {
				continue
			}
			v := lit.Value
			if lit.Kind == token.STRING {
				if v, err = strconv.Unquote(v); err != nil {
					return nil, fmt.Errorf("%s: constant %s: %v", path, vs.Names[0].Name, err)
				}
			}
			out = append(out, EnumConstant{Name: vs.Names[0].Name, Type: typ.Name, Value: v})
		}
	}
	return out, nil
}
