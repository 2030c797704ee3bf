package cli

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/output"
)

// interruptRuns is how many runs TestInterruptLeavesOutputAsItWas interrupts.
const interruptRuns = 50

// tree reads every file and folder under dir: files by slash path with their contents,
// folders (an empty leftover temporary folder included) as "path/".
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." {
				out[rel+"/"] = ""
			}
			return nil
		}
		data, err := os.ReadFile(p)
		out[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// treeDiff names the paths where two trees differ (at most 5).
func treeDiff(a, b map[string]string) []string {
	var diff []string
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			diff = append(diff, k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			diff = append(diff, k)
		}
	}
	sort.Strings(diff)
	if len(diff) > 5 {
		diff = append(diff[:5], "...")
	}
	return diff
}

// startAndWatch starts cmd and returns once the run has created its temporary folder in out
// (it is then writing files), or has ended, or after limit; ended reports the second case.
func startAndWatch(t *testing.T, cmd *exec.Cmd, out string, limit time.Duration) (done chan error) {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done = make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if len(done) > 0 {
			return done
		}
		entries, _ := os.ReadDir(out)
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), output.TempPrefix) {
				return done
			}
		}
		time.Sleep(200 * time.Microsecond)
	}
	return done
}

// TestInterruptLeavesOutputAsItWas builds the CLI and interrupts `armgen generate` on
// networkWatcher.json 2022-01-01 (the package and, with --docs, its go docs pages: two output
// folders) interruptRuns times, with SIGINT and (every third run)
// SIGTERM. Half of the signals go out at delays spread over a whole run (most land while the
// spec is loaded and the code generated); the other half while the run writes its temporary
// folder and moves the files into place (the test watches for the folder, then waits a
// fraction of the time that phase took in a calibration run). Successive runs alternate
// between two outputs that differ in every file (package nwa or nwb), so a half-written
// folder cannot pass for either. After each run the output folders must hold, byte for byte
// and with no temporary folder, the previous output when the run was stopped (exit 130 or
// 143, or killed before its handler was installed), or the new output when it completed
// (exit 0); the complete outputs are checked against the generator's own files first.
func TestInterruptLeavesOutputAsItWas(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	bin := buildCLI(t)
	spec, err := filepath.Abs(nwSpec)
	if err != nil {
		t.Fatal(err)
	}
	// The package and its go docs, two output folders of one run.
	base := t.TempDir()
	out, docsOut := filepath.Join(base, "nw"), filepath.Join(base, "docs")
	pkgs := []string{"nwa", "nwb"}
	args := func(v int) []string {
		return []string{"generate", "--spec", spec, "--out", out, "--package", pkgs[v], "--import-path", "example.com/" + pkgs[v], "--docs", "go=" + docsOut}
	}
	// The two complete outputs, how long a whole run takes and how long its writing phase.
	var want [2]map[string]string
	var whole, writing time.Duration
	for v := range 2 {
		cmd := exec.Command(bin, args(v)...)
		start := time.Now()
		done := startAndWatch(t, cmd, out, time.Minute)
		seen := time.Now()
		if err := <-done; err != nil {
			t.Fatalf("armgen %s: %v", strings.Join(args(v), " "), err)
		}
		whole, writing = max(whole, time.Since(start)), max(writing, time.Since(seen))
		want[v] = tree(t, base)
		res, err := generator.GenerateFiles(generator.Options{Spec: spec, Out: out, Package: pkgs[v], ImportPath: "example.com/" + pkgs[v],
			Docs: []generator.DocsOutput{{Flavor: "go", Out: docsOut}}})
		if err != nil {
			t.Fatal(err)
		}
		files := map[string]string{}
		for folder, fs := range map[string]*output.Files{"nw/": res.Files, "docs/": res.Docs[0]} {
			files[folder] = ""
			files[folder+".armgen-files"] = strings.Join(fs.Names(), "\n") + "\n"
			for _, n := range fs.Names() {
				files[folder+n] = string(fs.Get(n))
				for d := path.Dir(n); d != "."; d = path.Dir(d) {
					files[folder+d+"/"] = ""
				}
			}
		}
		if !reflect.DeepEqual(want[v], files) {
			t.Fatalf("a complete run of package %s wrote something else than the generator's files: %v", pkgs[v], treeDiff(want[v], files))
		}
	}
	if len(treeDiff(want[0], want[1])) == 0 {
		t.Fatal("the two outputs do not differ")
	}

	current := 1 // the folder holds the nwb output
	var stopped, completed, early int
	half := interruptRuns / 2
	for i := range interruptRuns {
		next := 1 - current
		sig := syscall.SIGINT
		if i%3 == 2 {
			sig = syscall.SIGTERM
		}
		cmd := exec.Command(bin, args(next)...)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		var done chan error
		var when string
		if k := i / 2; i%2 == 0 {
			// Anywhere in the run, in a scrambled order.
			delay := whole * time.Duration((k*7)%half) / time.Duration(half)
			when = fmt.Sprintf("%v after the start", delay)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done = make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			time.Sleep(delay)
		} else {
			// While it writes: some time after its temporary folder appeared.
			delay := writing * time.Duration((k*7)%half) / time.Duration(half)
			when = fmt.Sprintf("%v after the temporary folder appeared", delay)
			done = startAndWatch(t, cmd, out, time.Minute)
			time.Sleep(delay)
		}
		_ = cmd.Process.Signal(sig) // fails when the run has already ended
		err := <-done
		var exit *exec.ExitError
		switch {
		case err == nil:
			completed++
			current = next
		case errors.As(err, &exit) && exit.ExitCode() == 128+int(sig):
			stopped++
			if !strings.HasSuffix(stderr.String(), "armgen: "+sig.String()+": stopped; the output folder was left as it was\n") {
				t.Errorf("run %d (%v %s): stderr %q", i, sig, when, stderr.String())
			}
		case errors.As(err, &exit) && exit.ExitCode() == -1: // killed by the signal before armgen's handler was installed
			early++
		default:
			t.Fatalf("run %d (%v %s): %v\n%s", i, sig, when, err, stderr.String())
		}
		got := tree(t, base)
		if !reflect.DeepEqual(got, want[current]) {
			t.Fatalf("run %d (%v %s, %v): the output folder is neither untouched nor complete; it differs from the %s output at %v",
				i, sig, when, err, pkgs[current], treeDiff(got, want[current]))
		}
	}
	t.Logf("%d runs (a whole run took %v, its writing phase %v): %d stopped cleanly, %d completed, %d killed before the handler was installed",
		interruptRuns, whole.Round(time.Millisecond), writing.Round(time.Millisecond), stopped, completed, early)
	if stopped == 0 {
		t.Error("no run was stopped by its signal handler, so the test proved nothing")
	}
}
