// Package docs writes armgen's Markdown documentation of a spec from its IR, with the
// text/template files of the repository's templates/ folder. There are two flavors:
//
//   - "go" (the default): a page per resource for users of the generated Go package, with
//     Docusaurus front matter, the operations table, every x-ms-example as Go code calling
//     the generated client, each property's validation rules (with the prose rules' own
//     documentation from runtime/validation), the request schema as JSON and links between
//     the resources; plus an index page for the package.
//   - "grucloud": a page per resource exactly as GruCloud's generator writes it
//     (AzureDoc.js in grucloud/grucloud): examples as GruCloud programs formatted by
//     prettier 2.8.8 (package jsprint), dependencies, the PUT body schema as Node's
//     util.inspect prints it (package inspect) and the link to the spec.
//
// Pages go to <Group>/<Type>.md, such as Network/PacketCapture.md; the go flavor adds
// index.md, and changelog.md when Options.Versions has the changes from the previous API
// version. Text from the spec reaches a page only through the escaping functions of
// markdown.go, so a spec cannot add HTML or markup to a page or leave a code block.
package docs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"text/template"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/output"
	"github.com/armgen/armgen/templates"
)

// The flavors.
const (
	// FlavorGo is the docs-site flavor for users of the generated Go package.
	FlavorGo = "go"
	// FlavorGruCloud reproduces GruCloud's pages byte for byte.
	FlavorGruCloud = "grucloud"
)

// Flavors lists the flavors, the default first.
func Flavors() []string { return []string{FlavorGo, FlavorGruCloud} }

// Options say which docs to write.
type Options struct {
	// Flavor is FlavorGo (also when empty) or FlavorGruCloud.
	Flavor string
	// ImportPath is the Go import path of the generated package, which the go flavor's
	// examples import. Empty uses the package name alone, which is fine for reading but
	// does not compile.
	ImportPath string
	// Versions, for the go flavor, are the other API versions whose pages sit beside
	// these and the changes from the previous one; nil means none.
	Versions *Versions
}

// Render adds the pages of pkg to files.
func Render(pkg *ir.Package, files *output.Files, opts Options) error {
	t, err := parseTemplates()
	if err != nil {
		return err
	}
	switch opts.Flavor {
	case FlavorGruCloud:
		return renderGruCloud(t, pkg, files)
	case FlavorGo, "":
		return renderGo(t, pkg, files, opts)
	}
	return fmt.Errorf("unknown docs flavor %q (want %s or %s)", opts.Flavor, FlavorGo, FlavorGruCloud)
}

// parseTemplates parses the embedded templates with the escaping functions.
func parseTemplates() (*template.Template, error) {
	t := template.New("docs").Option("missingkey=error").Funcs(template.FuncMap{
		"prose": escapeProse,
		"code":  func(s string) string { return codeSpan(s, false) },
		"cell":  tableCell,
		"ccell": func(s string) string { return codeSpan(s, true) },
		"fence": fence,
		"yaml":  yamlScalar,
		"yamlq": yamlQuoted,
	})
	t, err := t.ParseFS(templates.FS, "*.tmpl")
	if err != nil {
		return nil, fmt.Errorf("docs templates: %w", err)
	}
	return t, nil
}

// execute runs the named template and adds its output to files as name.
func execute(t *template.Template, tmpl string, data any, files *output.Files, name string) error {
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, tmpl, data); err != nil {
		return fmt.Errorf("docs page %s: %w", name, err)
	}
	return files.Add(name, buf.Bytes())
}

// yamlScalar writes s as a YAML value for front matter: as it is when it holds only
// letters, digits, spaces and ".-_", else double-quoted (JSON's quoting is YAML's).
func yamlScalar(s string) string {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(" .-_", r)) {
			q, _ := json.Marshal(s)
			return string(q)
		}
	}
	if s == "" || s != strings.TrimSpace(s) {
		q, _ := json.Marshal(s)
		return string(q)
	}
	return s
}

// yamlQuoted writes s as a double-quoted YAML scalar, which YAML never reads as a number,
// boolean or timestamp (an unquoted 2022-01-01 is a timestamp).
func yamlQuoted(s string) string {
	q, _ := json.Marshal(s)
	return string(q)
}

// pageName is a resource's page path: <Group>/<Type>.md.
func pageName(r *ir.Resource) string { return r.Group + "/" + r.Name + ".md" }
