package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Failure is one thing that went wrong: the spec file, the stage and the first line of
// the error.
type Failure struct {
	File  string
	Stage string
	Line  string
}

// Stages of a failure, in the order the report lists them.
const (
	StageGenerate    = "generate"
	StageCrash       = "generate (crash)"
	StageBuild       = "compile"
	StageFakeBuild   = "compile fake"
	StageVet         = "vet"
	StageExampleComp = "compile examples"
	StageExample     = "example"
)

// Report is the outcome of a run.
type Report struct {
	// Started is when the run began; Commit describes the repository's HEAD.
	Started time.Time
	Commit  string
	// Command is how the run was started.
	Command string
	// Jobs is the parallelism.
	Jobs int
	// Specs holds every file tried, in path order.
	Specs []*Spec
	// Go holds the go command's results per package folder.
	Go map[string]*goResults
	// GenOnly says the go stages were skipped.
	GenOnly bool
	// Docs says each run also wrote both docs flavors.
	Docs bool
	// GenWall, BuildWall, VetWall, TestWall and Wall are wall times.
	GenWall, BuildWall, VetWall, TestWall, Wall time.Duration
	// Failures lists every failure, in stage then file order.
	Failures []Failure
	// GoErrors are go commands that failed without naming a package (they are failures too).
	GoErrors []Failure
	// Stale lists spec-errors.json entries whose file generated or was refused otherwise.
	Stale []string
	// Listed is the reviewed list of spec errors that applied to this run.
	Listed []SpecError
}

// Run runs the corpus: generate everything, then build, vet and test it.
func Run(ctx context.Context, cfg config, progress io.Writer) (*Report, error) {
	start := time.Now()
	rep := &Report{Started: start.UTC(), Jobs: cfg.jobs, GenOnly: cfg.genOnly, Docs: cfg.docs, Go: map[string]*goResults{},
		Commit: gitHead(cfg.repo), Command: commandLine(cfg)}
	listed, err := SpecErrors()
	if err != nil {
		return nil, err
	}
	files, err := Discover(cfg.specs, cfg.filter)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no spec file under %s matches", cfg.specs)
	}
	mod := filepath.Join(cfg.out, "mod")
	if err := prepareModule(cfg.repo, mod); err != nil {
		return nil, fmt.Errorf("prepare %s: %w", mod, err)
	}
	if err := os.RemoveAll(filepath.Join(cfg.out, "docs")); err != nil {
		return nil, err
	}
	bin := filepath.Join(cfg.out, "bin", "armgen")
	if err := buildArmgen(ctx, cfg.repo, bin); err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	for _, f := range files {
		dir := packageDir(f)
		for n := 2; seen[strings.ToLower(dir)]; n++ {
			dir = packageDir(f) + strconv.Itoa(n)
		}
		seen[strings.ToLower(dir)] = true
		rep.Specs = append(rep.Specs, &Spec{File: f, Dir: dir})
	}
	fmt.Fprintf(progress, "corpus: generating %d spec files, %d at a time\n", len(files), cfg.jobs)
	genStart := time.Now()
	generateAll(ctx, cfg, bin, mod, rep.Specs, progress)
	rep.GenWall = time.Since(genStart)
	for _, s := range rep.Specs {
		if e, ok := listed[s.File]; ok {
			rep.Listed = append(rep.Listed, e)
			if s.Outcome == Refused && strings.Contains(s.Stderr, e.Error) {
				s.Outcome = SpecErr
			} else {
				rep.Stale = append(rep.Stale, s.File)
			}
		}
	}
	if err := writeLogs(cfg.out, rep.Specs); err != nil {
		return nil, err
	}
	if !cfg.genOnly {
		if err := rep.runGo(ctx, cfg, mod, progress); err != nil {
			return nil, err
		}
	}
	rep.Wall = time.Since(start)
	rep.collectFailures()
	return rep, nil
}

// runGo compiles, vets and tests the module, reading each tool's -json output.
func (rep *Report) runGo(ctx context.Context, cfg config, mod string, progress io.Writer) error {
	var pkgs []string
	for _, s := range rep.Specs {
		if s.Outcome == Generated {
			rep.Go[s.Dir] = &goResults{}
			pkgs = append(pkgs, "./"+s.Dir+"/...")
		}
	}
	if len(pkgs) == 0 {
		return nil
	}
	res := func(dir string) *goResults { return rep.Go[dir] }
	p := strconv.Itoa(cfg.jobs)
	env := []string{"GOFLAGS=-mod=mod", "GOWORK=off"}
	if _, stderr, err := goCmd(ctx, mod, env, "mod", "tidy"); err != nil {
		return fmt.Errorf("go mod tidy in %s: %w\n%s", mod, err, stderr)
	}

	// Each go command's output is kept in _corpus/go-*.txt. A command that fails without
	// pinning the failure on a package is itself a failure of the run, so nothing counts as
	// compiled, vetted or passed on the strength of a command that did not do its job.
	step := func(name string, args []string, parse func(out, stderr []byte) bool) (time.Duration, error) {
		fmt.Fprintf(progress, "corpus: go %s (%d packages)\n", strings.Join(args, " "), len(pkgs))
		t := time.Now()
		out, stderr, err := goCmd(ctx, mod, env, append(append([]string{}, args...), pkgs...)...)
		elapsed := time.Since(t)
		base := filepath.Join(cfg.out, "go-"+name)
		if werr := os.WriteFile(base+".stdout.txt", out, 0o644); werr != nil {
			return elapsed, werr
		}
		if werr := os.WriteFile(base+".stderr.txt", stderr, 0o644); werr != nil {
			return elapsed, werr
		}
		if attributed := parse(out, stderr); err != nil && !attributed {
			rep.GoErrors = append(rep.GoErrors, Failure{File: "(go " + name + ")", Stage: "go " + name,
				Line: fmt.Sprintf("%v: %s", err, firstNonEmpty(string(stderr), string(out)))})
		}
		return elapsed, nil
	}
	var err error
	if rep.BuildWall, err = step("build", []string{"build", "-json", "-p", p}, func(out, _ []byte) bool { return parseBuild(out, res) }); err != nil {
		return err
	}
	if rep.VetWall, err = step("vet", []string{"vet", "-json", "-p", p}, func(out, stderr []byte) bool { return parseVet(out, stderr, mod, res) }); err != nil {
		return err
	}
	if rep.TestWall, err = step("test", []string{"test", "-json", "-count=1", "-vet=off", "-p", p, "-run", "^Example", "-timeout", "10m"}, func(out, _ []byte) bool { return parseTest(out, res) }); err != nil {
		return err
	}
	return nil
}

// firstNonEmpty is the first non-blank line of the first text that has one.
func firstNonEmpty(texts ...string) string {
	for _, t := range texts {
		for _, l := range strings.Split(t, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				return l
			}
		}
	}
	return "(no output)"
}

// writeLogs writes armgen's stderr for every spec that printed anything into
// _corpus/logs/<package folder>.txt, and removes older logs.
func writeLogs(out string, specs []*Spec) error {
	logs := filepath.Join(out, "logs")
	if err := os.RemoveAll(logs); err != nil {
		return err
	}
	for _, s := range specs {
		if s.Stderr == "" {
			continue
		}
		p := filepath.Join(logs, filepath.FromSlash(s.Dir)+".txt")
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(s.File+"\n"+s.Stderr), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// collectFailures lists every failure, stage by stage.
func (rep *Report) collectFailures() {
	add := func(s *Spec, stage, line string) {
		rep.Failures = append(rep.Failures, Failure{File: s.File, Stage: stage, Line: line})
	}
	for _, s := range rep.Specs {
		switch s.Outcome {
		case Refused:
			line := firstErrorLine(s.Stderr)
			for _, st := range rep.Stale {
				if st == s.File {
					line += " (listed in spec-errors.json for another reason)"
				}
			}
			add(s, StageGenerate, line)
		case Crashed:
			add(s, StageCrash, crashLine(s.Stderr))
		}
	}
	rep.Failures = append(rep.Failures, rep.GoErrors...)
	for _, s := range rep.Specs {
		r := rep.Go[s.Dir]
		if r == nil {
			continue
		}
		if r.BuildErr != "" {
			add(s, StageBuild, r.BuildErr)
		}
		if r.FakeBuildErr != "" {
			add(s, StageFakeBuild, r.FakeBuildErr)
		}
		// A test file that does not compile fails vet too: list it once, as compile examples.
		sameAsTests := r.TestBuildErr != "" && strings.HasPrefix(r.VetErr, "does not type-check")
		if r.VetErr != "" && r.BuildErr == "" && r.FakeBuildErr == "" && !sameAsTests {
			add(s, StageVet, r.VetErr)
		}
		if r.TestBuildErr != "" && r.BuildErr == "" && r.FakeBuildErr == "" {
			add(s, StageExampleComp, r.TestBuildErr)
		}
		for _, f := range r.ExampleFails {
			add(s, StageExample, f)
		}
	}
}

// crashLine picks the most telling line of a crash: the panic message when there is one.
func crashLine(stderr string) string {
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "panic:") || strings.HasPrefix(l, "fatal error:") {
			return l
		}
	}
	return firstErrorLine(stderr)
}

// gitHead describes HEAD: short hash and subject, "+ uncommitted changes" when dirty.
func gitHead(repo string) string {
	out, err := exec.Command("git", "-C", repo, "log", "-1", "--format=%h %s").Output()
	if err != nil {
		return "unknown"
	}
	s := strings.TrimSpace(string(out))
	if st, err := exec.Command("git", "-C", repo, "status", "--porcelain", "--untracked-files=no").Output(); err == nil && len(st) > 0 {
		s += " (+ uncommitted changes)"
	}
	return s
}

// commandLine is the command that reproduces the run.
func commandLine(cfg config) string {
	s := "make corpus"
	var flags []string
	if cfg.genOnly {
		flags = append(flags, "-gen-only")
	}
	if !cfg.docs {
		flags = append(flags, "-docs=false")
	}
	if len(flags) > 0 {
		s += " CORPUS_FLAGS='" + strings.Join(flags, " ") + "'"
	}
	if cfg.filter != nil {
		s = "CORPUS_FILTER='" + cfg.filter.String() + "' " + s
	}
	return s
}
