// Package templates holds the text/template files of armgen's Markdown docs (package
// generator/docs), embedded so that the armgen binary needs no files beside it:
//
//   - grucloud.md.tmpl: a resource page of the grucloud flavor (GruCloud's AzureDoc.js);
//   - go_resource.md.tmpl and go_index.md.tmpl: the go flavor's resource and index pages;
//   - go_operation.md.tmpl: one operation of those pages (operationId, description, the
//     method and path as a code block, the Go method and what it returns);
//   - go_changelog.md.tmpl: the go flavor's changelog.md, the changes from the previous API
//     version (armgen diff);
//   - change.md.tmpl: one wire change, shared by the index and the changelog.
//
// The templates receive text from specs only through the escaping functions that
// generator/docs registers (prose, code, cell, ccell, fence).
package templates

import "embed"

// FS holds every *.tmpl file of this folder.
//
//go:embed *.tmpl
var FS embed.FS
