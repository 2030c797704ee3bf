// Command sdkcompat reports how far armgen's package of a spec is a drop-in for an Azure
// SDK for Go module: how many of the module's example tests compile against it (import
// path aside), optionally whether they pass, and what apidiff -incompatible reports from
// the module's package to armgen's.
//
//	go run ./internal/sdkcompat/cmd/sdkcompat -module github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/msi/armmsi -version v1.3.0 \
//	    -spec ../shared/azure-rest-api-specs/specification/msi/resource-manager/Microsoft.ManagedIdentity/stable/2024-11-30/ManagedIdentity.json
//
// make sdk-compat MODULE=... VERSION=... SPEC=... (or CONFIG=readme.md TAG=...) runs it.
//
// With -autorest DIR instead of -module and -version, it runs apidiff -incompatible from
// the package AutoRest generated into DIR (scripts/autorest-network.sh) to armgen's
// package of the same -config and -tag: make sdk-compat-autorest runs it for the mirror's
// Network readme, tag package-2021-02.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/internal/sdkcompat"
)

func main() {
	module := flag.String("module", "", "the SDK module, such as github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/msi/armmsi (required)")
	version := flag.String("version", "", "the module's version, such as v1.3.0 (required)")
	spec := flag.String("spec", "", "the spec file the module was generated from")
	config := flag.String("config", "", "the readme.md (or the module's autorest.md, with -root) whose tag the module was generated from")
	tag := flag.String("tag", "", "the readme's tag (default: the readme's, or the autorest.md's)")
	root := flag.String("root", "", "the folder $refs may not leave: the specs root (a clone of azure-rest-api-specs)")
	files := flag.String("files", "", "comma-separated test files of the module to copy (default: every *_example_test.go)")
	run := flag.Bool("run", false, "also run the copied examples (those with Output comments)")
	apidiff := flag.Bool("apidiff", true, "also run apidiff -incompatible from the module's package to armgen's")
	autorest := flag.String("autorest", "", "instead of -module and -version: the folder of a package AutoRest generated for -spec or -config and -tag; apidiff -incompatible from it to armgen's")
	flag.Parse()
	if (*spec == "") == (*config == "") {
		fmt.Fprintln(os.Stderr, "sdkcompat: want one of -spec or -config; see -help")
		os.Exit(2)
	}
	if *autorest != "" {
		if err := againstAutoRest(*autorest, *spec, *config, *tag, *root); err != nil {
			fmt.Fprintln(os.Stderr, "sdkcompat:", err)
			os.Exit(1)
		}
		return
	}
	if *module == "" || *version == "" {
		fmt.Fprintln(os.Stderr, "sdkcompat: want -module and -version (or -autorest); see -help")
		os.Exit(2)
	}
	if err := report(*module, *version, *spec, *config, *tag, *root, *files, *run, *apidiff); err != nil {
		fmt.Fprintln(os.Stderr, "sdkcompat:", err)
		os.Exit(1)
	}
}

func report(module, version, spec, config, tag, root, files string, run, apidiff bool) error {
	work, err := os.MkdirTemp("", "sdkcompat-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	name := filepath.Base(module)
	dir := filepath.Join(work, "gen", name)
	importPath := "example.com/gen/" + name
	if _, err := generator.Generate(generator.Options{Spec: spec, Config: config, Tag: tag, Root: root, Out: dir, ImportPath: importPath, Package: name}); err != nil {
		return err
	}
	repo, err := os.Getwd()
	if err != nil {
		return err
	}
	c := sdkcompat.Case{Module: module, Version: version, Package: dir, ImportPath: importPath, Runtime: filepath.Join(repo, "runtime"), Run: run}
	if files != "" {
		c.Files = strings.Split(files, ",")
	}
	res, err := sdkcompat.Run(c, work)
	if err != nil {
		return err
	}
	fmt.Printf("%s@%s: %d of %d examples compile against armgen's package\n", module, version, res.Compiled(), len(res.Examples))
	for _, b := range res.Broken {
		fmt.Println("  does not compile:", b)
	}
	for _, e := range res.Errors {
		fmt.Println("    ", e)
	}
	if run {
		switch {
		case len(res.Broken) > 0:
			fmt.Println("examples not run: not all of them compile")
		case res.Passed:
			fmt.Println("examples pass")
		default:
			fmt.Printf("examples fail:\n%s", res.RunOutput)
		}
	}
	if apidiff {
		lines, err := sdkcompat.APIDiff(c, work)
		if err != nil {
			return err
		}
		fmt.Printf("apidiff -incompatible %s %s: %d incompatible changes\n", module, importPath, len(lines))
		for _, l := range lines {
			fmt.Println("  ", l)
		}
	}
	return nil
}

// againstAutoRest generates armgen's package for the spec or readme tag that AutoRest's
// package in dir was generated from, named as dir is, and prints apidiff's report.
func againstAutoRest(dir, spec, config, tag, root string) error {
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("-autorest %s: not a folder of AutoRest's output", dir)
	}
	work, err := os.MkdirTemp("", "sdkcompat-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	name := filepath.Base(dir)
	out := filepath.Join(work, "gen", name)
	importPath := "example.com/gen/" + name
	if _, err := generator.Generate(generator.Options{Spec: spec, Config: config, Tag: tag, Root: root, Out: out, ImportPath: importPath, Package: name}); err != nil {
		return err
	}
	repo, err := os.Getwd()
	if err != nil {
		return err
	}
	lines, err := sdkcompat.APIDiffDir(dir, out, importPath, filepath.Join(repo, "runtime"), work)
	if err != nil {
		return err
	}
	fmt.Printf("apidiff -incompatible AutoRest's %s armgen's: %d incompatible changes\n", dir, len(lines))
	for _, l := range lines {
		fmt.Println("  ", l)
	}
	return nil
}
