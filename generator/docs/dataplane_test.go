package docs_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/docs"
)

// dataPlaneSpecs are the data-plane spec files of the mirror, with the resource pages of
// the go flavor each must have (the grucloud flavor has the same minus index.md). Their
// paths name no provider: the pages are grouped after the service folder below
// data-plane/ and the resources named after the parameter that names them.
var dataPlaneSpecs = map[string][]string{
	"keyvault/data-plane/Microsoft.KeyVault/stable/7.2/backuprestore.json":                    nil,
	"keyvault/data-plane/Microsoft.KeyVault/stable/7.2/certificates.json":                     {"KeyVault/Issuer.md"},
	"keyvault/data-plane/Microsoft.KeyVault/stable/7.2/common.json":                           nil,
	"keyvault/data-plane/Microsoft.KeyVault/stable/7.2/keys.json":                             {"KeyVault/Key.md"},
	"keyvault/data-plane/Microsoft.KeyVault/stable/7.2/rbac.json":                             {"Authorization/RoleAssignment.md", "Authorization/RoleDefinition.md"},
	"keyvault/data-plane/Microsoft.KeyVault/stable/7.2/secrets.json":                          {"KeyVault/Secret.md"},
	"keyvault/data-plane/Microsoft.KeyVault/stable/7.2/securitydomain.json":                   nil,
	"keyvault/data-plane/Microsoft.KeyVault/stable/7.2/storage.json":                          {"KeyVault/SasDefinition.md", "KeyVault/StorageAccount.md"},
	"appconfiguration/data-plane/Microsoft.AppConfiguration/stable/1.0/appconfiguration.json": {"AppConfiguration/Key.md", "AppConfiguration/Lock.md"},
	"storage/data-plane/Microsoft.StorageDataLake/stable/2019-10-31/DataLakeStorage.json":     {"StorageDataLake/Filesystem.md", "StorageDataLake/Path.md"},
	"cognitiveservices/data-plane/TextAnalytics/stable/v3.0/TextAnalytics.json":               nil,
}

// TestDataPlaneDocs renders both flavors of every data-plane spec of the mirror (found by
// walking the mirror, so that a new one is not missed) and checks the page names, the
// pages' Markdown and links, and what the index page says about a spec without a provider.
func TestDataPlaneDocs(t *testing.T) {
	root := specsRoot(t)
	found, err := filepath.Glob(filepath.Join(root, "specification/*/data-plane/*/stable/*/*.json"))
	if err != nil || len(found) == 0 {
		t.Fatalf("no data-plane specs in the mirror %s (set SPECS_ROOT): %v", root, err)
	}
	if len(found) != len(dataPlaneSpecs) {
		t.Errorf("the mirror holds %d data-plane spec files, the test lists %d", len(found), len(dataPlaneSpecs))
	}
	for _, spec := range found {
		rel, _ := filepath.Rel(filepath.Join(root, "specification"), spec)
		rel = filepath.ToSlash(rel)
		want, listed := dataPlaneSpecs[rel]
		if !listed {
			t.Errorf("%s: not listed", rel)
			continue
		}
		t.Run(strings.TrimSuffix(filepath.Base(rel), ".json"), func(t *testing.T) {
			opts := generator.Options{Spec: spec, Root: root, ImportPath: "example.com/dataplane"}
			for _, flavor := range docs.Flavors() {
				res, err := generator.DocsFiles(opts, flavor)
				if err != nil {
					t.Fatalf("%s: %v", flavor, err)
				}
				wantPages := slices.Clone(want)
				if flavor == docs.FlavorGo {
					wantPages = append(wantPages, "index.md")
				}
				slices.Sort(wantPages)
				if got := res.Files.Names(); !slices.Equal(got, wantPages) {
					t.Errorf("%s pages %v, want %v", flavor, got, wantPages)
				}
				if unresolved, _ := checkPages(t, res.Files, flavor); len(unresolved) > 0 {
					t.Errorf("%s: links that do not resolve: %v", flavor, unresolved)
				}
				if flavor != docs.FlavorGo {
					continue
				}
				index := string(res.Files.Get("index.md"))
				provider := strings.Contains(index, "the resources of `Microsoft.Authorization`") // rbac.json's paths name one
				if provider != (rel == "keyvault/data-plane/Microsoft.KeyVault/stable/7.2/rbac.json") {
					t.Errorf("index.md names a provider: %v", provider)
				}
				if !provider && (!strings.Contains(index, "the data-plane API of ") || strings.Contains(index, "` `")) {
					t.Errorf("index.md does not name the data-plane service:\n%s", index)
				}
				raw, err := os.ReadFile(spec)
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(string(raw), `"x-ms-parameterized-host"`) && !strings.Contains(index, "(x-ms-parameterized-host)") {
					t.Errorf("index.md does not give the parameterized host:\n%s", index)
				}
			}
		})
	}
}
