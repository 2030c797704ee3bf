package cli

import (
	"errors"
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/versions"
	"github.com/spf13/cobra"
)

func newGenerateCmd(stdout, stderr io.Writer) *cobra.Command {
	var opts generator.Options
	var docsOuts, others []string
	var check bool
	cmd := &cobra.Command{
		Use:   "generate (--spec FILE... | --config readme.md [--tag TAG]) --out DIR [--package NAME] [--docs FLAVOR=DIR]... [--other-version FILE]... [--check]",
		Short: "Generate a Go package for every operation in a spec",
		Long: `generate writes one Go package into --out for the spec and every file its $refs reach:
models (with JSON marshalling) for every definition reachable from the spec's paths, enums,
validators (Validate, ValidateRequest; --rules adds the rules the spec states in prose),
one azcore client per operation group with pollers and pagers, runnable examples from
x-ms-examples (example_*_test.go), and a fake/ package of azcore fake servers.

doc.go carries a //go:generate line that reruns this command from the package's folder
(every path relative to it), by default as "go tool armgen generate ...", which needs
armgen as a tool of the module (go.mod: tool github.com/armgen/armgen/cmd/armgen).
--go-generate armgen runs an armgen installed on PATH instead; --go-generate none leaves
the line out.

--docs FLAVOR=DIR (repeatable) also writes the docs pages of that flavor into DIR, as
'armgen docs --flavor FLAVOR --out DIR' would, from the same load of the spec; the go
flavor's examples import the package by its import path.

--config reads an AutoRest readme.md: the input files of --tag (default: the readme's
default tag) make one package, as the Azure SDK's packages are made. A repeated --spec
is the same as a tag that lists those files.

Files are written only when the whole run succeeds; files a previous run generated and
this one does not are removed. --check writes nothing: it lists every file a run would add,
change or remove (one line each: add, change or remove, then the path) and exits 1, or
exits 0 when --out is current. Problems are printed one per line as file#/json/pointer:
message; the exit status is 1 for a bad spec and 2 for bad usage.`,
		Example: `  armgen generate \
    --spec ../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/networkWatcher.json \
    --out generated/network/2022-01-01/armnetwork
  armgen generate \
    --config ../shared/azure-rest-api-specs/specification/network/resource-manager/readme.md \
    --tag package-2021-02 --out armnetwork --package armnetwork`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkInputFlags("generate", opts); err != nil {
				return err
			}
			if opts.Out == "" {
				return usageError{errors.New("generate needs --out DIR")}
			}
			if strings.ContainsAny(opts.GoGenerate, "\n\r") || (opts.GoGenerate != "" && strings.TrimSpace(opts.GoGenerate) == "") {
				return usageError{fmt.Errorf("--go-generate %q: want a command on one line, or none", opts.GoGenerate)}
			}
			if opts.Package != "" && (!token.IsIdentifier(opts.Package) || token.IsKeyword(opts.Package)) {
				return usageError{fmt.Errorf("--package %q is not a valid Go package name", opts.Package)}
			}
			for _, d := range docsOuts {
				flavor, dir, ok := strings.Cut(d, "=")
				if !ok || dir == "" || !slices.Contains(docs.Flavors(), flavor) {
					return usageError{fmt.Errorf("--docs %q: want FLAVOR=DIR with FLAVOR one of %s", d, strings.Join(docs.Flavors(), ", "))}
				}
				opts.Docs = append(opts.Docs, generator.DocsOutput{Flavor: flavor, Out: dir})
			}
			// Each output folder records and prunes its own files: two outputs in one
			// folder would remove each other's.
			seen := map[string]bool{filepath.Clean(opts.Out): true}
			for _, d := range opts.Docs {
				if seen[filepath.Clean(d.Out)] {
					return usageError{fmt.Errorf("--docs %s=%s: the folder is already an output of this run", d.Flavor, d.Out)}
				}
				seen[filepath.Clean(d.Out)] = true
			}
			if len(others) > 0 {
				if !slices.ContainsFunc(opts.Docs, func(d generator.DocsOutput) bool { return d.Flavor == docs.FlavorGo }) {
					return usageError{fmt.Errorf("--other-version is for the go docs pages: add --docs %s=DIR", docs.FlavorGo)}
				}
				v, err := versions.Docs(opts, others)
				if err != nil {
					return err
				}
				opts.DocsVersions, opts.OtherVersions = v, others
			}
			if err := checkOut(opts.Out); err != nil {
				return err
			}
			for _, spec := range opts.Specs {
				if err := checkSpecFolder("--spec", spec); err != nil {
					return err
				}
			}
			run := generator.Generate
			if check {
				run = generator.GenerateFiles
			}
			res, err := run(opts)
			var ipErr *generator.ImportPathError
			if errors.As(err, &ipErr) {
				return usageError{err}
			}
			if err != nil {
				return err
			}
			printWarnings(cmd, stderr, res.Warnings)
			if check {
				outs := []checkedOutput{{res.Files, opts.Out}}
				for i, d := range opts.Docs {
					outs = append(outs, checkedOutput{res.Docs[i], d.Out})
				}
				return reportCheck(stdout, res, outs...)
			}
			fmt.Fprintf(stdout, "armgen: %s: %d models, %d enums, %d operations; %d files written to %s in %s\n",
				res.Package.Name, len(res.Package.Models), len(res.Package.Enums), countOps(res), res.Files.Len(), opts.Out,
				res.Elapsed.Round(time.Millisecond))
			for i, d := range opts.Docs {
				fmt.Fprintf(stdout, "armgen: %s: %d resources; %d %s docs pages written to %s\n",
					res.Package.Name, len(res.Package.Resources), res.Docs[i].Len(), d.Flavor, d.Out)
			}
			return nil
		},
	}
	f := cmd.Flags()
	addInputFlags(f, &opts)
	f.StringVar(&opts.Out, "out", "", "output folder for the Go package (required)")
	f.StringVar(&opts.Package, "package", "", "Go package name (default: the spec file name in lower case; with --config, the service folder name)")
	f.StringVar(&opts.Root, "root", "", "folder that $refs may not leave (default: the folder holding every spec file; with --config, the specification folder above the readme)")
	f.BoolVar(&opts.AllowRemoteRefs, "allow-remote-refs", false, "follow http(s) $refs")
	f.StringVar(&opts.Rules, "rules", "", "rules file of prose rules and dependencies to attach (format: specs/rules/README.md; default: none, only the schema's constraints are validated)")
	f.StringVar(&opts.ImportPath, "import-path", "", "Go import path of the generated package (default: from the nearest go.mod above --out)")
	f.StringArrayVar(&docsOuts, "docs", nil, "also write the docs pages of a flavor (go or grucloud) into a folder: FLAVOR=DIR; repeatable")
	f.StringArrayVar(&others, "other-version", nil, "spec file of another API version whose go docs pages sit beside those of --docs go=DIR (repeatable; see armgen docs --help)")
	f.BoolVar(&check, "check", false, "write nothing; list the files a run would add, change or remove (in --out and every --docs folder) and exit 1 unless all are current")
	f.StringVar(&opts.GoGenerate, "go-generate", "", `what doc.go's //go:generate line runs: a command that replaces "go tool armgen" (e.g. "armgen" for an armgen on PATH; armgen's arguments follow it), or "none" to leave the line out (default "go tool armgen": armgen as a tool of your module)`)
	return cmd
}

func countOps(res *generator.Result) int {
	n := 0
	for _, g := range res.Package.Groups {
		n += len(g.Operations)
	}
	return n
}
