// Command corpus runs armgen on every spec file of the spec mirror and reports how far each
// one gets: generated (or refused for a listed mistake of the spec), compiled with its fake
// package, vetted, and its example tests run. `make corpus` runs it; it is not part of
// `make test`.
//
// Every package is generated into one throw-away Go module (_corpus/mod, ignored by git)
// whose go.mod points back at this repository, so one `go build`, `go vet` and `go test`
// each compile everything in parallel; their -json output is read per package, so one
// package that fails does not hide the others. The table and every failure are printed
// and written to _corpus/REPORT.md.
//
// Flags (and environment):
//
//	-specs DIR    the spec mirror (SPECS_ROOT; default ../shared/azure-rest-api-specs)
//	-filter RE    only spec files whose path (relative to -specs) matches (CORPUS_FILTER)
//	-j N          armgen processes at once, and go's -p (default GOMAXPROCS)
//	-gen-only     stop after generation
//	-docs=false   the Go package only (by default each run also writes both docs
//	              flavors, as armgen generate --docs does, into _corpus/docs)
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// config is what a run does.
type config struct {
	repo    string         // repository root (holds go.mod of github.com/armgen/armgen)
	specs   string         // spec mirror root
	out     string         // _corpus
	filter  *regexp.Regexp // nil: every file
	jobs    int            // parallelism
	timeout time.Duration  // per armgen process
	genOnly bool
	docs    bool // also write both docs flavors
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("corpus", flag.ContinueOnError)
	fs.SetOutput(stderr)
	specs := fs.String("specs", envOr("SPECS_ROOT", "../shared/azure-rest-api-specs"), "spec mirror root (env SPECS_ROOT)")
	filter := fs.String("filter", os.Getenv("CORPUS_FILTER"), "regular expression: only spec files whose path relative to -specs matches (env CORPUS_FILTER)")
	jobs := fs.Int("j", runtime.GOMAXPROCS(0), "armgen processes at once, and the go command's -p")
	timeout := fs.Duration("timeout", 5*time.Minute, "limit for one armgen process")
	genOnly := fs.Bool("gen-only", false, "only generate: skip go build, vet and test")
	docs := fs.Bool("docs", true, "also write the docs of each spec in both flavors (armgen generate --docs go=... --docs grucloud=...) into _corpus/docs")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *jobs < 1 {
		fmt.Fprintln(stderr, "corpus: usage: corpus [-specs DIR] [-filter RE] [-j N] [-gen-only] [-docs=false]")
		return 2
	}
	cfg := config{jobs: *jobs, timeout: *timeout, genOnly: *genOnly, docs: *docs}
	var err error
	if cfg.repo, err = repoRoot(); err != nil {
		fmt.Fprintln(stderr, "corpus:", err)
		return 1
	}
	if cfg.specs, err = filepath.Abs(*specs); err != nil {
		fmt.Fprintln(stderr, "corpus:", err)
		return 1
	}
	if *filter != "" {
		if cfg.filter, err = regexp.Compile(*filter); err != nil {
			fmt.Fprintf(stderr, "corpus: -filter: %v\n", err)
			return 2
		}
	}
	cfg.out = filepath.Join(cfg.repo, "_corpus")
	rep, err := Run(context.Background(), cfg, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "corpus:", err)
		return 1
	}
	md := rep.Markdown()
	fmt.Fprint(stdout, md)
	path := filepath.Join(cfg.out, "REPORT.md")
	if err := os.WriteFile(path, []byte(md), 0o644); err != nil {
		fmt.Fprintln(stderr, "corpus:", err)
		return 1
	}
	fmt.Fprintf(stderr, "corpus: report written to %s\n", path)
	if len(rep.Failures) > 0 {
		return 1
	}
	return 0
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// repoRoot finds the folder of armgen's go.mod at or above the working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.Contains(string(data), "module github.com/armgen/armgen\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run from inside the armgen repository: its go.mod was not found above the working directory")
		}
		dir = parent
	}
}

// goCmd runs the go command in dir and returns its stdout and stderr.
func goCmd(ctx context.Context, dir string, env []string, args ...string) (stdout, stderr []byte, err error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var out, errb strings.Builder
	cmd.Stdout = &out
	cmd.Stderr = &errb
	err = cmd.Run()
	return []byte(out.String()), []byte(errb.String()), err
}
