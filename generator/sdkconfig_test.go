package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree writes files (slash paths relative to dir) into dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// autorestMD is an SDK module's autorest.md requiring the readme files of service svc.
func autorestMD(svc, tag string) string {
	base := "https://github.com/Azure/azure-rest-api-specs/blob/0123456789abcdef0123456789abcdef01234567/specification/" + svc + "/resource-manager/"
	return "### AutoRest Configuration\n\n``` yaml\nazure-arm: true\nrequire:\n- " + base + "readme.md\n- " + base + "readme.go.md\nmodule-version: 1.2.0\ntag: " + tag + "\n```\n"
}

// TestSDKAutorestConfig: --config with an SDK module's autorest.md maps its required
// readme URLs onto the clone given as --root, generates the tag it names under the package
// name its readme.go.md gives, and lists the readme.go.md's directives in one warning.
func TestSDKAutorestConfig(t *testing.T) {
	clone := t.TempDir()
	spec := `{"swagger": "2.0", "info": {"title": "Widgets", "version": "2024-01-01"}, "host": "management.azure.com",
"paths": {"/subscriptions/{subscriptionId}/providers/Microsoft.Widgets/widgets/{name}": {"get": {"operationId": "Widgets_Get",
"parameters": [{"name": "subscriptionId", "in": "path", "required": true, "type": "string"}, {"name": "name", "in": "path", "required": true, "type": "string"},
{"name": "api-version", "in": "query", "required": true, "type": "string"}],
"responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/WidgetsThing"}}}}}},
"definitions": {"WidgetsThing": {"type": "object", "properties": {"name": {"type": "string"}}}}}`
	writeTree(t, clone, map[string]string{
		"specification/widgets/resource-manager/readme.md":                                        "# Widgets\n\n``` yaml\ntag: package-2023\n```\n\n``` yaml $(tag) == 'package-2024'\ninput-file:\n  - Microsoft.Widgets/stable/2024-01-01/widgets.json\n```\n\n``` yaml $(tag) == 'package-2023'\ninput-file:\n  - Microsoft.Widgets/stable/2023-01-01/widgets.json\n```\n",
		"specification/widgets/resource-manager/readme.go.md":                                     "## Go\n\n``` yaml $(go) && $(track2)\nmodule-name: sdk/resourcemanager/widgets/armwidgets\ndirective:\n  - from: widgets.json\n    where: $.definitions.WidgetsThing\n    transform: $[\"x-ms-client-name\"] = \"Gadget\"\n  - rename-model:\n      from: A\n      to: B\n```\n",
		"specification/widgets/resource-manager/Microsoft.Widgets/stable/2024-01-01/widgets.json": spec,
	})
	cfg := filepath.Join(t.TempDir(), "autorest.md")
	writeTree(t, filepath.Dir(cfg), map[string]string{"autorest.md": autorestMD("widgets", "package-2024")})
	res, err := GenerateFiles(Options{Config: cfg, Root: clone, ImportPath: "example.com/armwidgets"})
	if err != nil {
		t.Fatal(err)
	}
	models := string(res.Files.Get("models.go"))
	if !strings.HasPrefix(strings.SplitN(models, "\n", 4)[2], "package armwidgets") || !strings.Contains(models, "type Thing struct") {
		t.Errorf("models.go: want package armwidgets with Thing (WidgetsThing, the prefix trimmed):\n%.300s", models)
	}
	var warned string
	for _, w := range res.Warnings {
		if strings.Contains(w.String(), "directives armgen does not apply") {
			warned = w.String()
		}
	}
	want := "2 directives armgen does not apply (the package keeps the spec's names and shapes): from widgets.json where $.definitions.WidgetsThing transform $[\"x-ms-client-name\"] = \"Gadget\"; rename-model"
	if !strings.Contains(warned, want) || !strings.Contains(warned, "readme.go.md") {
		t.Errorf("warnings %q, want one with %q", res.Warnings, want)
	}

	if _, err := GenerateFiles(Options{Config: cfg, ImportPath: "example.com/armwidgets"}); err == nil || !strings.Contains(err.Error(), "pass --root, a clone of Azure/azure-rest-api-specs") {
		t.Errorf("without --root: %v", err)
	}
	writeTree(t, filepath.Dir(cfg), map[string]string{"autorest.md": autorestMD("nothere", "package-2024")})
	if _, err := GenerateFiles(Options{Config: cfg, Root: clone}); err == nil || !strings.Contains(err.Error(), filepath.Join("specification", "nothere", "resource-manager", "readme.md")) {
		t.Errorf("a readme missing from the clone: %v", err)
	}
}
