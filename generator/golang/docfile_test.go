package golang

import (
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/output"
)

func TestDocFile(t *testing.T) {
	pkg := &ir.Package{Name: "nw", Title: "Client", Provider: "Microsoft.Network", APIVersion: "2024-01-01",
		SpecRepoPath: "specification/network/x.json"}
	files := output.NewFiles()
	args := []string{"generate", "--spec", "../my specs/x.json", "--out", "."}
	if err := Emit(pkg, files, Options{Regenerate: args}); err != nil {
		t.Fatal(err)
	}
	got := string(files.Get("doc.go"))
	for _, want := range []string{
		output.GeneratedHeader + "\n\n// Package nw is the Go API of Client (Microsoft.Network),\n// API version 2024-01-01.\n",
		"\npackage nw\n\n//go:generate go tool armgen generate --spec \"../my specs/x.json\" --out .\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("doc.go lacks %q:\n%s", want, got)
		}
	}

	files = output.NewFiles()
	if err := Emit(pkg, files, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := string(files.Get("doc.go")); strings.Contains(got, "go:generate") || !strings.Contains(got, "package nw") {
		t.Errorf("without Regenerate:\n%s", got)
	}
	if _, err := goGenerateLine(GenerateCommand, []string{"a\nb"}); err == nil {
		t.Error("a line break in an argument must be an error")
	}
	if _, err := goGenerateLine("armgen\n", nil); err == nil {
		t.Error("a line break in the command must be an error")
	}

	// Another command replaces "go tool armgen"; the arguments stay.
	files = output.NewFiles()
	if err := Emit(pkg, files, Options{Regenerate: args, GenerateCommand: "armgen"}); err != nil {
		t.Fatal(err)
	}
	if got := string(files.Get("doc.go")); !strings.Contains(got, "\n//go:generate armgen generate --spec \"../my specs/x.json\" --out .\n") {
		t.Errorf("GenerateCommand armgen:\n%s", got)
	}
}
