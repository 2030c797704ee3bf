package docs_test

import (
	"strings"
	"testing"

	"github.com/armgen/armgen/generator"
)

// TestGoDocsPolymorphic: the go flavor names a polymorphic value by its Go interface and
// lists the subtypes its discriminator selects.
func TestGoDocsPolymorphic(t *testing.T) {
	res, err := generator.DocsFiles(generator.Options{Spec: "../testdata/polymorphism/spec.json", ImportPath: "example.com/poly"}, "go")
	if err != nil {
		t.Fatal(err)
	}
	var zoo string
	for _, name := range res.Files.Names() {
		if strings.HasSuffix(name, "/Zoo.md") {
			zoo = string(res.Files.Get(name))
		}
	}
	if zoo == "" {
		t.Fatalf("no Zoo page among %q", res.Files.Names())
	}
	for _, want := range []string{
		"- `star` (`AnimalClassification`; ",
		"- `pens` (`[][]BirdClassification`; ",
		"a `*Animal`, or by `kind`: `bird` (`*Bird`), `Dog` (`*Dog`), `eagle` (`*Eagle`)",
	} {
		if !strings.Contains(zoo, want) {
			t.Errorf("Zoo.md has no %q:\n%s", want, zoo)
		}
	}
}
