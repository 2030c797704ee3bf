package cli

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/docs"
	"github.com/armgen/armgen/generator/versions"
	"github.com/spf13/cobra"
)

func newDocsCmd(stdout, stderr io.Writer) *cobra.Command {
	var opts generator.Options
	var flavor string
	var check bool
	var others []string
	cmd := &cobra.Command{
		Use:   "docs (--spec FILE... | --config readme.md [--tag TAG]) --out DIR [--flavor go|grucloud] [--other-version FILE]... [--check]",
		Short: "Write Markdown docs pages for every resource in a spec",
		Long: `docs writes a Markdown page per resource of the spec into --out, as <Group>/<Type>.md.

  --flavor go (the default): pages for users of the generated Go package, with Docusaurus
      front matter, the operations table, every x-ms-example as Go code calling the
      generated client (--import-path names the package), each property's validation
      rules, the request schema as JSON and links between the resources; plus index.md.
  --flavor grucloud: the pages GruCloud's generator writes, byte for byte: examples as
      GruCloud programs, dependencies (those in request bodies come from --rules), the
      PUT body schema as Node's util.inspect prints it, and the link to the spec.

--other-version FILE (go flavor, repeatable) names the spec of another API version whose
pages are written beside these, in ../<api-version>/: each resource page links to the same
resource there, and when one of them is older, the index lists the changes from the newest
older one (armgen diff) and changelog.md holds them all, with the Go API's.

Files are written only when every page was rendered; pages a previous run wrote and this
one does not are removed. --check writes nothing: it lists every page a run would add,
change or remove and exits 1, or exits 0 when --out is current.`,
		Example: `  armgen docs --flavor grucloud \
    --spec ../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/2022-01-01/networkWatcher.json \
    --rules specs/rules/network-watcher.json --out generated/docs/grucloud/2022-01-01`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkInputFlags("docs", opts); err != nil {
				return err
			}
			if opts.Out == "" {
				return usageError{errors.New("docs needs --out DIR")}
			}
			if !slices.Contains(docs.Flavors(), flavor) {
				return usageError{fmt.Errorf("--flavor %q: want one of %s", flavor, strings.Join(docs.Flavors(), ", "))}
			}
			if len(others) > 0 {
				if flavor != docs.FlavorGo {
					return usageError{fmt.Errorf("--other-version is for --flavor %s only", docs.FlavorGo)}
				}
				v, err := versions.Docs(opts, others)
				if err != nil {
					return err
				}
				opts.DocsVersions = v
			}
			if err := checkOut(opts.Out); err != nil {
				return err
			}
			for _, spec := range opts.Specs {
				if err := checkSpecFolder("--spec", spec); err != nil {
					return err
				}
			}
			run := generator.Docs
			if check {
				run = generator.DocsFiles
			}
			res, err := run(opts, flavor)
			if err != nil {
				return err
			}
			printWarnings(cmd, stderr, res.Warnings)
			if check {
				return reportCheck(stdout, res, checkedOutput{res.Files, opts.Out})
			}
			fmt.Fprintf(stdout, "armgen: %s: %d resources; %d %s docs pages written to %s in %s\n",
				res.Package.Name, len(res.Package.Resources), res.Files.Len(), flavor, opts.Out,
				res.Elapsed.Round(time.Millisecond))
			return nil
		},
	}
	f := cmd.Flags()
	addInputFlags(f, &opts)
	f.StringVar(&opts.Out, "out", "", "output folder for the pages (required)")
	f.StringVar(&flavor, "flavor", docs.FlavorGo, "docs flavor: "+strings.Join(docs.Flavors(), " or "))
	f.StringVar(&opts.Root, "root", "", "folder that $refs may not leave (default: the spec file's folder)")
	f.BoolVar(&opts.AllowRemoteRefs, "allow-remote-refs", false, "follow http(s) $refs")
	f.StringVar(&opts.Rules, "rules", "", "rules file whose dependencies (and prose rules) the pages show (format: specs/rules/README.md)")
	f.StringVar(&opts.ImportPath, "import-path", "", "Go import path of the generated package, which the go flavor's examples import (default: the package name)")
	f.StringArrayVar(&others, "other-version", nil, "spec file of another API version whose go pages sit beside these (repeatable)")
	f.StringVar(&opts.Package, "package", "", "Go package name (default: the spec file name in lower case)")
	f.BoolVar(&check, "check", false, "write nothing; list the pages a run would add, change or remove and exit 1 unless --out is current")
	_ = cmd.RegisterFlagCompletionFunc("flavor", completeValues(docs.Flavors()...))
	return cmd
}
