package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// modulePath is the module path of the throw-away module the packages are generated into.
const modulePath = "armgen.corpus"

// Outcome is how far armgen got with one spec file.
type Outcome int

const (
	// Generated: armgen wrote the package.
	Generated Outcome = iota
	// SpecErr: armgen refused the file for the mistake spec-errors.json lists for it.
	SpecErr
	// Refused: armgen refused the file (exit 1) and the list does not excuse it.
	Refused
	// Crashed: armgen panicked, was killed, timed out or exited with a usage error.
	Crashed
)

// Spec is one spec file of the corpus and what happened to it.
type Spec struct {
	// File is the path relative to the specs root.
	File string
	// Dir is the package folder relative to the module root (slash path).
	Dir string
	// Outcome of generation.
	Outcome Outcome
	// Stderr is armgen's standard error.
	Stderr string
	// Elapsed is the armgen process's wall time.
	Elapsed time.Duration
	// CPU is its user plus system time.
	CPU time.Duration
	// MaxRSS is its peak resident memory in bytes.
	MaxRSS int64
	// Warnings counts its warnings by kind.
	Warnings map[string]int
	// HasFake says a fake sub-package was generated.
	HasFake bool
	// Examples is the number of Example functions generated.
	Examples int
	// LeftOut holds armgen's example-left-out warnings (without the "warning[...]: "
	// prefix): x-ms-examples that disagree with their spec, so no example test runs them.
	LeftOut []string
	// DocsPages is the number of docs pages written, both flavors (-docs).
	DocsPages int
}

// ImportPath is the Go import path of the spec's package.
func (s *Spec) ImportPath() string { return modulePath + "/" + s.Dir }

// packageDir maps a spec file to a package folder: the path without "specification/" and
// "resource-manager/", the file name lower-cased without ".json"; anything an import path
// element may not hold becomes "_", and an element starting with "_" or "." gets an "x"
// in front (the go tool skips such folders).
func packageDir(file string) string {
	file = strings.TrimPrefix(file, "specification/")
	file = strings.TrimSuffix(file, ".json")
	var parts []string
	for i, p := range strings.Split(file, "/") {
		if p == "resource-manager" {
			continue
		}
		if i == len(strings.Split(file, "/"))-1 {
			p = strings.ToLower(p)
		}
		p = badPathChars.ReplaceAllString(p, "_")
		if p == "" || p[0] == '_' || p[0] == '.' || p == "testdata" || p == "vendor" {
			p = "x" + p
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "/")
}

var badPathChars = regexp.MustCompile(`[^A-Za-z0-9._~-]`)

// prepareModule empties the module folder and writes its go.mod and go.sum: the
// generated packages import this repository (and its runtime module, when it is one) by
// replace directives, with the repository's own requirements and checksums.
func prepareModule(repo, mod string) error {
	if err := os.RemoveAll(mod); err != nil {
		return err
	}
	if err := os.MkdirAll(mod, 0o755); err != nil {
		return err
	}
	rootMod, err := os.ReadFile(filepath.Join(repo, "go.mod"))
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(mod, repo)
	if err != nil {
		return err
	}
	rel = filepath.ToSlash(rel)
	var b strings.Builder
	fmt.Fprintf(&b, "// Throw-away module of `make corpus`: every spec of the mirror, generated.\nmodule %s\n\n", modulePath)
	if m := goLine.FindStringSubmatch(string(rootMod)); m != nil {
		fmt.Fprintf(&b, "go %s\n\n", m[1])
	}
	fmt.Fprintf(&b, "require github.com/armgen/armgen v0.0.0\n\nreplace github.com/armgen/armgen => %s\n", rel)
	sums, err := os.ReadFile(filepath.Join(repo, "go.sum"))
	if err != nil {
		return err
	}
	if rt, err := os.ReadFile(filepath.Join(repo, "runtime", "go.mod")); err == nil {
		if m := moduleLine.FindStringSubmatch(string(rt)); m != nil {
			fmt.Fprintf(&b, "\nrequire %s v0.0.0\n\nreplace %s => %s/runtime\n", m[1], m[1], rel)
		}
		if s, err := os.ReadFile(filepath.Join(repo, "runtime", "go.sum")); err == nil {
			sums = append(sums, s...)
		}
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte(b.String()), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(mod, "go.sum"), sums, 0o644)
}

var (
	goLine     = regexp.MustCompile(`(?m)^go (\S+)`)
	moduleLine = regexp.MustCompile(`(?m)^module (\S+)`)
)

// buildArmgen compiles armgen once, so each spec costs one process and no go run.
func buildArmgen(ctx context.Context, repo, bin string) error {
	_, stderr, err := goCmd(ctx, repo, nil, "build", "-o", bin, "./cmd/armgen")
	if err != nil {
		return fmt.Errorf("go build ./cmd/armgen: %w\n%s", err, stderr)
	}
	return nil
}

// generateAll runs armgen on every spec, jobs at a time, and fills in the results.
func generateAll(ctx context.Context, cfg config, bin, mod string, specs []*Spec, progress io.Writer) {
	work := make(chan *Spec)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range cfg.jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				generateOne(ctx, cfg, bin, mod, s)
				mu.Lock()
				done++
				if s.Outcome != Generated {
					fmt.Fprintf(progress, "corpus: [%d/%d] %s: %s\n", done, len(specs), s.File, firstErrorLine(s.Stderr))
				} else if done%50 == 0 {
					fmt.Fprintf(progress, "corpus: [%d/%d] generated\n", done, len(specs))
				}
				mu.Unlock()
			}
		}()
	}
	for _, s := range specs {
		work <- s
	}
	close(work)
	wg.Wait()
}

// generateOne runs `armgen generate -v` on one spec and records what happened.
func generateOne(ctx context.Context, cfg config, bin, mod string, s *Spec) {
	ctx, cancel := context.WithTimeout(ctx, cfg.timeout)
	defer cancel()
	out := filepath.Join(mod, filepath.FromSlash(s.Dir))
	args := []string{"generate", "-v",
		"--root", cfg.specs,
		"--spec", filepath.Join(cfg.specs, filepath.FromSlash(s.File)),
		"--out", out,
		"--import-path", s.ImportPath()}
	var docsDirs []string
	if cfg.docs {
		for _, flavor := range docsFlavors {
			d := filepath.Join(cfg.out, "docs", flavor, filepath.FromSlash(s.Dir))
			docsDirs = append(docsDirs, d)
			args = append(args, "--docs", flavor+"="+d)
		}
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	s.Elapsed = time.Since(start)
	s.Stderr = stderr.String()
	if st := cmd.ProcessState; st != nil {
		s.CPU = st.UserTime() + st.SystemTime()
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			s.MaxRSS = ru.Maxrss * 1024 // kilobytes on Linux
		}
	}
	s.Warnings = countWarnings(s.Stderr)
	s.LeftOut = warningsOf(s.Stderr, "example-left-out")
	var exit *exec.ExitError
	switch {
	case err == nil:
		s.Outcome = Generated
		s.HasFake = isDir(filepath.Join(out, "fake"))
		s.Examples = countExamples(out)
		for _, d := range docsDirs {
			s.DocsPages += countPages(d)
		}
	case ctx.Err() != nil:
		s.Outcome = Crashed
		s.Stderr = fmt.Sprintf("armgen did not finish within %s\n%s", cfg.timeout, s.Stderr)
	case errors.As(err, &exit) && exit.ExitCode() == 1:
		s.Outcome = Refused
	default:
		s.Outcome = Crashed
		s.Stderr = fmt.Sprintf("armgen: %v\n%s", err, s.Stderr)
	}
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// countExamples counts the Example functions in the package's test files.
func countExamples(dir string) int {
	files, _ := filepath.Glob(filepath.Join(dir, "*_test.go"))
	n := 0
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<26)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "func Example") {
				n++
			}
		}
		fh.Close()
	}
	return n
}

// docsFlavors are the docs flavors a run writes with -docs (armgen generate --docs).
var docsFlavors = []string{"go", "grucloud"}

// countPages counts the Markdown pages under dir.
func countPages(dir string) int {
	n := 0
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			n++
		}
		return nil
	})
	return n
}

// warningsOf returns armgen's warnings of one kind, each without its "warning[kind]: "
// prefix, in the order printed.
func warningsOf(stderr, kind string) []string {
	var out []string
	prefix := "warning[" + kind + "]: "
	for _, line := range strings.Split(stderr, "\n") {
		if rest, ok := strings.CutPrefix(line, prefix); ok {
			out = append(out, rest)
		}
	}
	return out
}

// warningLine matches a warning line of armgen's stderr; the kind is in brackets.
var warningLine = regexp.MustCompile(`^warning(?:\[([a-z0-9-]+)\])?: `)

// countWarnings counts the warning lines of armgen's stderr by kind ("unclassified" for
// lines that name none). The closing count line ("N warnings: ...") is not a warning.
func countWarnings(stderr string) map[string]int {
	m := map[string]int{}
	for _, line := range strings.Split(stderr, "\n") {
		sm := warningLine.FindStringSubmatch(line)
		if sm == nil {
			continue
		}
		kind := sm[1]
		if kind == "" {
			kind = "unclassified"
		}
		m[kind]++
	}
	return m
}

// firstErrorLine is the first line of armgen's stderr that is not a warning.
func firstErrorLine(stderr string) string {
	for _, line := range strings.Split(stderr, "\n") {
		if line = strings.TrimSpace(line); line != "" && !warningLine.MatchString(line) {
			return line
		}
	}
	return "(no error output)"
}

// specDirOf maps an import path reported by the go command back to a package folder:
// test variants (" [p.test]"), external test packages ("_test") and the fake sub-package
// belong to their package.
func specDirOf(importPath string) (dir string, fake bool) {
	if i := strings.Index(importPath, " "); i >= 0 {
		importPath = importPath[:i]
	}
	importPath = strings.TrimSuffix(importPath, ".test")
	importPath = strings.TrimSuffix(importPath, "_test")
	dir = strings.TrimPrefix(importPath, modulePath+"/")
	if path.Base(dir) == "fake" {
		return path.Dir(dir), true
	}
	return dir, false
}
