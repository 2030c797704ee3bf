package docs

import (
	"net/url"
	"slices"
	"strings"
	"text/template"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/naming"
	"github.com/armgen/armgen/generator/output"
)

// goPage is the data of templates/go_resource.md.tmpl: one resource for Go users.
type goPage struct {
	// Type and Group are the resource's name and docs group.
	Type, Group string
	// Position is the page's Docusaurus sidebar_position among its group's pages.
	Position int
	// Doc is the resource model's description.
	Doc string
	// ARMType is the full ARM type, such as "Microsoft.Network/networkWatchers/packetCaptures",
	// or "" for a resource of a data-plane spec, whose path names no provider.
	ARMType string
	// Path is the resource's path template, such as "/certificates/issuers/{issuer-name}".
	Path string
	// Pkg is the package summary shared by every page.
	Pkg *goPkg
	// Client is the Go client type, Model the resource's Go model, Body the PUT body type.
	Client, Model, Body string
	// Parents, Children and Dependencies are the related resources.
	Parents, Children, Dependencies []goLink
	// Versions link to the same resource in the other API versions, oldest first.
	Versions []goLink
	// Operations are the resource's operations: create, get, update, delete, lists, actions.
	Operations []goOp
	// Examples are the x-ms-examples of those operations, in that order.
	Examples []*goExample
	// Properties are the request body's properties with their validation.
	Properties []goProp
	// Rules document the prose rules the properties use, each once, by name.
	Rules []goRule
	// Schema is the PUT body schema, $refs inlined, as indented JSON; "" when none.
	Schema string
}

// goPkg describes the generated package.
type goPkg struct {
	// Name and ImportPath are the Go package's.
	Name, ImportPath string
	// Title, Provider and APIVersion come from the spec; Provider is "" for a data-plane
	// spec, whose paths name no provider.
	Title, Provider, APIVersion string
	// Group is the docs group of the resource pages (ir.Package.DocsGroup).
	Group string
	// Endpoint is the x-ms-parameterized-host template the clients send their requests to,
	// or "" when they call the endpoint of their options.
	Endpoint string
	// SpecPath is the spec's path in azure-rest-api-specs (or relative to the spec root).
	SpecPath string
	// SpecURL is its address on GitHub, or "" when the spec is not in an
	// azure-rest-api-specs tree.
	SpecURL string
	// Position is the index page's sidebar_position: 0 for the newest API version, 1 for
	// the one before, and so on, so that the sidebar lists the newest first.
	Position int
	// Others link to the index pages of the other API versions, oldest first.
	Others []goLink
	// Changelog holds the changes from the previous API version, or is nil.
	Changelog *Changelog
}

// goLink is a related resource: a link when its page is generated, else its name.
type goLink struct {
	// Name is the resource type name.
	Name string
	// Href is the relative link to its page, or "" when there is none.
	Href string
	// Detail says how the resource is related, such as the path parameter or body property.
	Detail string
}

// goOp is an operation as the go flavor's pages list it.
type goOp struct {
	ID, Method, Path, Kind, GoMethod, Response, Result string
	// Doc is the operation's description (or summary) from the spec.
	Doc string
}

// goProp is a row of the properties table.
type goProp struct {
	// Path is the property's JSON path in the request body, such as "properties.filters[].localPort".
	Path string
	// Type is its Go type.
	Type string
	// Presence is "required", "read-only" or "", followed by "secret (write-only)" for an
	// x-ms-secret property.
	Presence string
	// Doc is its description.
	Doc string
	// Validation describes its constraints in words, as Markdown.
	Validation string
}

// goRule documents a prose rule.
type goRule struct {
	// Name is the rule's name, Func its Go function in runtime/validation.
	Name, Func string
	// Paragraphs are its documentation's paragraphs.
	Paragraphs []string
}

// renderGo writes a page per resource and the index page.
func renderGo(t *template.Template, pkg *ir.Package, files *output.Files, opts Options) error {
	info := &goPkg{
		Name: pkg.Name, ImportPath: opts.ImportPath, Title: pkg.Title, Provider: pkg.Provider,
		APIVersion: pkg.APIVersion, SpecPath: pkg.SpecRepoPath, Group: pkg.DocsGroup,
	}
	if pkg.HostTemplate != nil {
		info.Endpoint = pkg.HostTemplate.Template
	}
	if strings.HasPrefix(pkg.SpecRepoPath, "specification/") {
		info.SpecURL = githubSpecURL(pkg.SpecRepoPath)
	}
	if info.ImportPath == "" {
		info.ImportPath = pkg.Name
	}
	others := otherVersions(opts.Versions)
	for _, o := range others {
		info.Others = append(info.Others, goLink{Name: o.APIVersion, Href: "../" + linkSegment(o.APIVersion) + "/index.md"})
		if o.APIVersion > pkg.APIVersion {
			info.Position++
		}
	}
	if opts.Versions != nil {
		info.Changelog = opts.Versions.Changelog
	}
	pages := map[string]bool{}
	for _, r := range pkg.Resources {
		pages[r.Group+"/"+r.Name] = true
	}
	position := map[string]int{}
	var index []*goPage
	for _, r := range pkg.Resources {
		position[r.Group]++
		p, err := goResourcePage(pkg, r, info, pages, position[r.Group], opts)
		if err != nil {
			return err
		}
		for _, o := range others {
			if slices.Contains(o.Pages, r.Group+"/"+r.Name) {
				p.Versions = append(p.Versions, goLink{Name: o.APIVersion, Href: "../../" + linkSegment(o.APIVersion) + "/" + pageName(r)})
			}
		}
		if err := execute(t, "go_resource.md.tmpl", p, files, pageName(r)); err != nil {
			return err
		}
		index = append(index, p)
	}
	if info.Changelog != nil {
		if err := execute(t, "go_changelog.md.tmpl", info, files, "changelog.md"); err != nil {
			return err
		}
	}
	return execute(t, "go_index.md.tmpl", goIndex(pkg, info, index), files, "index.md")
}

// linkSegment percent-encodes a path segment for a Markdown link destination (parentheses
// too, which would end it).
func linkSegment(s string) string {
	return strings.NewReplacer("(", "%28", ")", "%29").Replace(url.PathEscape(s))
}

// otherVersions returns the other API versions sorted oldest first.
func otherVersions(v *Versions) []OtherVersion {
	if v == nil {
		return nil
	}
	others := slices.Clone(v.Others)
	slices.SortFunc(others, func(a, b OtherVersion) int { return strings.Compare(a.APIVersion, b.APIVersion) })
	return others
}

// goResourcePage builds the page of resource r.
func goResourcePage(pkg *ir.Package, r *ir.Resource, info *goPkg, pages map[string]bool, pos int, opts Options) (*goPage, error) {
	p := &goPage{
		Type: r.Name, Group: r.Group, Position: pos, Pkg: info,
		Path: r.Path, Client: r.Create.ClientName(),
	}
	if pkg.Provider != "" && r.TypePath != "" {
		p.ARMType = pkg.Provider + "/" + r.TypePath
	}
	link := func(group, name string) string {
		if pages[group+"/"+name] {
			return "../" + group + "/" + name + ".md"
		}
		return ""
	}
	if r.Model != nil {
		p.Model, p.Doc = r.Model.Name, r.Model.Doc
	}
	if r.Create.Body != nil {
		p.Body = goType(r.Create.Body.Type)
		if p.Doc == "" {
			p.Doc = r.Create.Body.Doc
		}
	}
	for _, d := range ResourceDependencies(r) {
		l := goLink{Name: d.Type, Href: link(d.Group, d.Type)}
		if d.Param != "" {
			l.Detail = "path parameter " + d.Param
			p.Parents = append(p.Parents, l)
			continue
		}
		l.Detail = d.ResourceType + " ID in " + d.Path
		p.Dependencies = append(p.Dependencies, l)
	}
	for _, c := range pkg.Resources {
		for _, par := range c.Parents {
			if par.Name == r.Name && par.Group == r.Group {
				p.Children = append(p.Children, goLink{Name: c.Name, Href: link(c.Group, c.Name), Detail: "path parameter " + par.Param})
			}
		}
	}
	names := naming.NewNamer()
	for _, op := range resourceOperations(r) {
		p.Operations = append(p.Operations, goOperation(op))
		for _, ex := range op.Examples {
			ge, err := newGoExample(pkg, op, ex, exampleFuncName(ex, names), opts.ImportPath)
			if err != nil {
				return nil, err
			}
			p.Examples = append(p.Examples, ge)
		}
	}
	if r.Create.Body != nil {
		pw := &propWalker{stack: map[*ir.Model]bool{}, rules: map[string]bool{}}
		pw.walkModelRules(r.Create.Body.Type, "")
		pw.walkType(r.Create.Body.Type, r.CreateBodySchema(), "")
		p.Properties, p.Rules = pw.props, pw.ruleDocs
	}
	if r.CreateBodySchema() != nil {
		p.Schema = string(jsonv.Indent(r.CreateBodySchema(), "  "))
	}
	return p, nil
}

// resourceOperations lists a resource's operations: create, get, update, delete, then its
// lists and actions.
func resourceOperations(r *ir.Resource) []*ir.Operation {
	var ops []*ir.Operation
	for _, op := range []*ir.Operation{r.Create, r.Get, r.Update, r.Delete} {
		if op != nil {
			ops = append(ops, op)
		}
	}
	ops = append(ops, r.List...)
	return append(ops, r.Actions...)
}

// goOperation is an operation as the pages list it.
func goOperation(op *ir.Operation) goOp {
	row := goOp{
		ID: op.ID, Method: op.Method, Path: op.Path, Kind: "plain", Doc: op.Doc,
		GoMethod: op.ClientName() + "." + op.MethodName(), Response: op.ResponseName(),
	}
	switch {
	case op.IsLRO():
		row.Kind = "long-running"
		if fs := op.LongRunning.FinalStateVia; fs != "" {
			row.Kind += " (final state via " + fs + ")"
		}
	case op.IsPager():
		row.Kind = "pageable"
	}
	for _, r := range op.Responses {
		if !r.IsError() && r.Type != nil {
			row.Result = goType(r.Type)
			break
		}
	}
	if op.LongRunning != nil && op.LongRunning.FinalSchema != nil {
		row.Result = goType(op.LongRunning.FinalSchema) // final-state-schema
	}
	return row
}

// goIndexPage is the data of templates/go_index.md.tmpl.
type goIndexPage struct {
	Pkg *goPkg
	// Resources are the resource pages.
	Resources []*goPage
	// Clients are the operation groups with their operation counts.
	Clients []goClient
	// Others are the operations of no resource.
	Others []goOp
}

// goClient is a row of the index's clients table.
type goClient struct {
	Name       string
	Operations int
}

// goIndex builds the index page.
func goIndex(pkg *ir.Package, info *goPkg, pages []*goPage) *goIndexPage {
	ix := &goIndexPage{Pkg: info, Resources: pages}
	covered := map[*ir.Operation]bool{}
	for _, r := range pkg.Resources {
		for _, op := range resourceOperations(r) {
			covered[op] = true
		}
	}
	for _, g := range pkg.Groups {
		ix.Clients = append(ix.Clients, goClient{Name: g.ClientName(), Operations: len(g.Operations)})
		for _, op := range g.Operations {
			if !covered[op] {
				ix.Others = append(ix.Others, goOperation(op))
			}
		}
	}
	return ix
}

// paragraphs splits documentation into paragraphs at blank lines.
func paragraphs(doc string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(doc, "\r\n", "\n"), "\n\n") {
		if p = collapseSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}
