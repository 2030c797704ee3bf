package docs

import (
	"text/template"

	"github.com/armgen/armgen/generator/docs/inspect"
	"github.com/armgen/armgen/generator/docs/jsprint"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/output"
)

// gruPage is the data of templates/grucloud.md.tmpl: one GruCloud page.
type gruPage struct {
	// Type and Group are the GruCloud type and group ("PacketCapture", "Network").
	Type, Group string
	// Examples are the PUT operation's x-ms-examples in the spec's order.
	Examples []gruExample
	// Dependencies are listed under "## Dependencies" in order.
	Dependencies []Dependency
	// Schema is util.inspect of the PUT body schema with its $refs inlined.
	Schema string
	// APIVersion is the spec's version.
	APIVersion string
	// SpecURL is the spec file's address on GitHub.
	SpecURL string
}

// gruExample is one "### name" section with its program.
type gruExample struct {
	Name string
	// Program is prettier's output, ending in a newline. The page template adds one more
	// before the closing fence, as GruCloud's does.
	Program string
}

// renderGruCloud writes a GruCloud page per resource.
func renderGruCloud(t *template.Template, pkg *ir.Package, files *output.Files) error {
	for _, r := range pkg.Resources {
		if err := execute(t, "grucloud.md.tmpl", gruCloudPage(pkg, r), files, pageName(r)); err != nil {
			return err
		}
	}
	return nil
}

// gruCloudPage builds the page of resource r the way GruCloud's AzureDoc.js does.
func gruCloudPage(pkg *ir.Package, r *ir.Resource) *gruPage {
	deps := ResourceDependencies(r)
	p := &gruPage{
		Type: r.Name, Group: r.Group, Dependencies: deps,
		APIVersion: pkg.APIVersion, SpecURL: githubSpecURL(pkg.SpecRepoPath),
		// GruCloud inspects `schema` of the body parameter, or "" when there is none.
		Schema: inspect.Inspect(&jsonv.Value{Kind: jsonv.String}, inspect.DefaultOptions()),
	}
	if r.CreateBodySchema() != nil {
		p.Schema = inspect.Inspect(r.CreateBodySchema(), inspect.DefaultOptions())
	}
	jsDeps := make([]jsprint.Dependency, len(deps))
	for i, d := range deps {
		jsDeps[i] = jsprint.Dependency{Key: d.Key, Values: []string{"my" + d.Type}, List: d.List}
	}
	if r.Create != nil {
		for _, ex := range r.Create.Examples {
			prog := jsprint.CreateResourcesProgram(jsprint.Resource{
				Type: r.Name, Group: r.Group, Name: "my" + r.Name,
				Properties: gruCloudBody(ex.Parameters), Dependencies: jsDeps,
			})
			p.Examples = append(p.Examples, gruExample{Name: ex.Name, Program: prog})
		}
	}
	return p
}

// gruCloudBody is the example value GruCloud shows as the resource's properties: the first
// parameter whose value is a JavaScript object (an object or an array), or nil when there
// is none or it is empty, in which case GruCloud leaves the properties arrow out.
func gruCloudBody(params *jsonv.Value) *jsonv.Value {
	if params == nil {
		return nil
	}
	for _, m := range params.Obj {
		switch m.Value.Kind {
		case jsonv.Object:
			if len(m.Value.Obj) == 0 {
				return nil
			}
			return m.Value
		case jsonv.Array:
			if len(m.Value.Arr) == 0 {
				return nil
			}
			return m.Value
		}
	}
	return nil
}
