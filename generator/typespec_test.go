package generator

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/internal/e2e"
)

// idiomSpecs are the specs of the mirror TestTypeSpecEraSpecs generates: the TypeSpec-era
// ones (common-types v4, v5 and v6) and, for the idioms none of them uses, 2021 specs:
// vmware, whose example responses hold x-ms-secret values, and Key Vault 7.2's
// backuprestore.json, with format: unixtime and x-nullable: true.
var idiomSpecs = map[string]string{
	"msi":             "specification/msi/resource-manager/Microsoft.ManagedIdentity/stable/2024-11-30/ManagedIdentity.json",
	"computeschedule": "specification/computeschedule/resource-manager/Microsoft.ComputeSchedule/ComputeSchedule/stable/2024-10-01/computeschedule.json",
	"standbypool":     "specification/standbypool/resource-manager/Microsoft.StandbyPool/StandbyPool/stable/2025-03-01/standbypool.json",
	"vmware":          "specification/vmware/resource-manager/Microsoft.AVS/stable/2020-03-20/vmware.json",
	"keyvault":        "specification/keyvault/data-plane/Microsoft.KeyVault/stable/7.2/backuprestore.json",
}

// TestTypeSpecEraSpecs generates the idiomSpecs with their fake servers, example tests and
// go docs, checks what the idioms became (x-ms-arm-id-details as validators, x-ms-secret
// marked in the docs and absent from the example tests' output, final-state-via in the
// pollers), then compiles, vets and runs everything with the hand-written tests of
// testdata/mirror/<package>/.
func TestTypeSpecEraSpecs(t *testing.T) {
	root := specsRootForFuzz()
	if _, err := os.Stat(filepath.Join(root, idiomSpecs["msi"])); err != nil {
		t.Fatalf("the spec mirror is missing (set SPECS_ROOT): %v", err)
	}
	ws := e2e.New(t, "typespec")
	base := "github.com/armgen/armgen/" + strings.TrimPrefix(ws.Rel, "./") + "/"
	results := map[string]*Result{}
	for name, rel := range idiomSpecs {
		res, err := GenerateFiles(Options{
			Spec: filepath.Join(root, filepath.FromSlash(rel)), Root: root, Package: name, ImportPath: base + name,
			Docs: []DocsOutput{{Flavor: docs.FlavorGo, Out: "docs"}},
		})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		results[name] = res
		for _, n := range res.Files.Names() {
			ws.Write(t, name+"/"+n, res.Files.Get(n))
		}
		tests, _ := filepath.Glob(filepath.Join("testdata", "mirror", name, "*_test.go"))
		for _, tf := range tests {
			data, err := os.ReadFile(tf)
			if err != nil {
				t.Fatal(err)
			}
			ws.Write(t, name+"/"+filepath.Base(tf), data)
		}
	}

	// x-ms-arm-id-details: the five properties of StandbyPool that carry it are checked.
	validate := string(results["standbypool"].Files.Get("validate.go"))
	for _, want := range []string{
		`validation.ARMID(errs, p.Field("id"), m.ID, "Microsoft.ContainerInstance/containerGroupProfiles")`,
		`validation.ARMID(errs, p.Field("id"), m.ID, "Microsoft.Network/virtualNetworks/subnets")`,
		`validation.ARMID(errs, p.Field("virtualMachineResourceId"), m.VirtualMachineResourceID)`,
	} {
		if !strings.Contains(validate, want) {
			t.Errorf("standbypool validate.go lacks %s", want)
		}
	}
	if n := strings.Count(validate, "validation.ARMID("); n != 5 {
		t.Errorf("standbypool: %d ARMID checks, want 5 (one per x-ms-arm-id-details)", n)
	}
	// final-state-via: each long-running operation's poller reads its final state there.
	clients := ""
	for _, n := range results["standbypool"].Files.Names() {
		clients += string(results["standbypool"].Files.Get(n))
	}
	if a, l := strings.Count(clients, "FinalStateVia: runtime.FinalStateViaAzureAsyncOp"), strings.Count(clients, "FinalStateVia: runtime.FinalStateViaLocation"); a != 2 || l != 2 {
		t.Errorf("standbypool pollers: %d azure-async-operation and %d location, want 2 and 2", a, l)
	}

	// x-ms-secret: no secret value of an example response reaches an example test, and the
	// docs mark the secret properties of request bodies.
	checkSecrets(t, root, idiomSpecs["vmware"], results["vmware"])

	if out, err := ws.Go(nil, "vet", "{ws}/..."); err != nil {
		t.Fatalf("vet:\n%s", out)
	}
	if out, err := ws.Go(nil, "test", "-count=1", "{ws}/..."); err != nil {
		t.Fatalf("tests (hand-written and example tests):\n%s", out)
	}
}

// checkSecrets checks a spec with x-ms-secret properties: every string value that an
// example response gives a secret property is absent from the example tests, at least one
// such value exists (so the check can fail), and the go docs mark a secret property.
func checkSecrets(t *testing.T, root, rel string, res *Result) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	var spec any
	if err := json.Unmarshal(raw, &spec); err != nil {
		t.Fatal(err)
	}
	secret := map[string]bool{}
	var names func(any)
	names = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if props, ok := v["properties"].(map[string]any); ok {
				for k, p := range props {
					if pm, ok := p.(map[string]any); ok && pm["x-ms-secret"] == true {
						secret[k] = true
					}
				}
			}
			for _, e := range v {
				names(e)
			}
		case []any:
			for _, e := range v {
				names(e)
			}
		}
	}
	names(spec)
	examples, _ := filepath.Glob(filepath.Join(root, filepath.FromSlash(filepath.Dir(rel)), "examples", "*.json"))
	var values []string
	var find func(any)
	find = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				if s, ok := e.(string); ok && secret[k] && len(s) >= 4 {
					values = append(values, s)
				}
				find(e)
			}
		case []any:
			for _, e := range v {
				find(e)
			}
		}
	}
	for _, ex := range examples {
		data, err := os.ReadFile(ex)
		if err != nil {
			t.Fatal(err)
		}
		var doc map[string]any
		if json.Unmarshal(data, &doc) == nil {
			find(doc["responses"])
		}
	}
	if len(values) == 0 {
		t.Fatalf("%s: no secret value in its example responses: the check cannot fail", rel)
	}
	var tests bytes.Buffer
	for _, n := range res.Files.Names() {
		if strings.HasPrefix(n, "example_") {
			tests.Write(res.Files.Get(n))
		}
	}
	for _, v := range values {
		if strings.Contains(tests.String(), v) {
			t.Errorf("%s: the example tests hold the secret value %q", rel, v)
		}
	}
	marked := false
	for _, n := range res.Docs[0].Names() {
		marked = marked || strings.Contains(string(res.Docs[0].Get(n)), "secret (write-only)")
	}
	if !marked {
		t.Errorf("%s: no go docs page marks a secret property", rel)
	}
}
