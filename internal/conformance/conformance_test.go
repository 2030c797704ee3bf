package conformance

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/armgen/armgen/internal/e2e"
)

var updateRatchet = flag.Bool("update-ratchet", false, "raise coverage.ratchet.json to this run's coverage (it never goes down)")

// TestConformance generates Go clients for every spec of the AutoRest test server, compiles
// them, runs the hand-written tests of testdata/specs/<spec>/ against a live server, and
// checks the server's coverage counters against coverage.ratchet.json.
func TestConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the conformance suite starts a Node server and compiles ~50 packages")
	}
	root := e2e.RepoRoot(t)
	pkgDir := filepath.Join(root, PackageDir)
	if _, err := os.Stat(filepath.Join(pkgDir, "dist", "cli", "cli.js")); err != nil {
		if os.Getenv("ARMGEN_REQUIRE_NODE") == "1" {
			t.Fatalf("ARMGEN_REQUIRE_NODE=1 but the AutoRest test server is not installed (run scripts/install-testserver.sh): %v", err)
		}
		t.Skipf("AutoRest test server not installed (run scripts/install-testserver.sh): %v", err)
	}
	if _, err := exec.LookPath("node"); err != nil {
		if os.Getenv("ARMGEN_REQUIRE_NODE") == "1" {
			t.Fatalf("ARMGEN_REQUIRE_NODE=1 but node is not on PATH: %v", err)
		}
		t.Skipf("node is not on PATH: %v", err)
	}
	swaggerDir := filepath.Join(pkgDir, "swagger")
	specs, err := specNames(swaggerDir)
	if err != nil {
		t.Fatal(err)
	}
	old, err := readRatchet()
	if err != nil {
		t.Fatal(err)
	}

	// Generate every spec; a panic is a failure, an error is a skip with its reason.
	now := &Ratchet{Skipped: map[string]string{}}
	ws := e2e.New(t, "conformance")
	var generated []genResult
	for _, spec := range specs {
		res, panicked := generateSpec(swaggerDir, spec, "github.com/armgen/armgen/"+strings.TrimPrefix(ws.Rel, "./"))
		if panicked {
			t.Errorf("%s: %s", spec, res.Err)
		}
		if res.Err != "" {
			now.Skipped[spec] = res.Err
			continue
		}
		for _, n := range res.Files.Names() {
			ws.Write(t, n, res.Files.Get(n))
		}
		generated = append(generated, res)
	}

	// Compile them all at once; a package that does not compile is removed and skipped.
	if out, err := ws.Go(nil, "build", "{ws}/..."); err != nil {
		bad := brokenPackages(out, ws.Rel)
		if len(bad) == 0 {
			t.Fatalf("go build failed:\n%s", out)
		}
		var kept []genResult
		for _, g := range generated {
			if msg, ok := bad[g.Dir]; ok {
				now.Skipped[g.Spec] = "generated code does not compile: " + msg
				os.RemoveAll(filepath.Join(ws.Dir, g.Dir))
				continue
			}
			kept = append(kept, g)
		}
		generated = kept
	}
	// The example tests of every compiled package run with the hand-written tests; they
	// need no server (they call the package's fake servers).
	examples, leftOut := 0, 0
	withExamples := map[string]bool{}
	for _, g := range generated {
		now.Compiled = append(now.Compiled, g.Spec)
		examples += g.Examples
		leftOut += len(g.Warnings)
		if g.Examples > 0 {
			withExamples[g.Dir] = true
		}
	}

	// Add the hand-written tests and run them against the server.
	tested := map[string]string{} // dir -> spec
	for _, g := range generated {
		tests, _ := filepath.Glob(filepath.Join("testdata", "specs", g.Spec, "*_test.go"))
		if len(tests) == 0 {
			continue
		}
		tests = append(tests, filepath.Join("testdata", "helpers_test.go"))
		for _, tf := range tests {
			src, err := os.ReadFile(tf)
			if err != nil {
				t.Fatal(err)
			}
			src = packageClause.ReplaceAll(src, []byte("package "+g.Package))
			ws.Write(t, g.Dir+"/"+filepath.Base(tf), src)
		}
		tested[g.Dir] = g.Spec
	}
	srv, err := Start(pkgDir, filepath.Join(root, "internal", "conformance", "testdata", "localhost.cjs"), t.TempDir(), 60*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Stop)
	var dirs []string
	for d := range tested {
		dirs = append(dirs, ws.Rel+"/"+d)
	}
	for d := range withExamples {
		if _, ok := tested[d]; !ok {
			dirs = append(dirs, ws.Rel+"/"+d)
		}
	}
	sort.Strings(dirs)
	if len(dirs) > 0 {
		args := []string{"test", "-count=1"}
		if testing.Verbose() {
			args = append(args, "-v")
		}
		out, err := ws.Go([]string{"ARMGEN_TESTSERVER=" + srv.URL}, append(args, dirs...)...)
		if testing.Verbose() {
			t.Logf("go test against the server:\n%s", out)
		}
		passed := passedPackages(out, ws.Rel)
		for d, spec := range tested {
			if passed[d] {
				now.Tested = append(now.Tested, spec)
			}
		}
		if err != nil {
			t.Errorf("tests against the server failed:\n%s", out)
		}
	}

	// Coverage.
	for _, cat := range []string{"", "azure"} {
		counts, err := srv.Report(cat)
		if err != nil {
			t.Fatal(err)
		}
		hit := 0
		for name, n := range counts {
			if n > 0 {
				hit++
				if cat != "" {
					name = cat + "/" + name
				}
				now.Hit = append(now.Hit, name)
			}
		}
		if cat == "" {
			now.Report, now.ReportTotal = hit, len(counts)
		} else {
			now.Azure, now.AzureTotal = hit, len(counts)
		}
	}
	srv.Stop()
	sort.Strings(now.Compiled)
	sort.Strings(now.Tested)
	sort.Strings(now.Hit)
	t.Logf("specs: %d, generated and compiled: %d, tested against the server: %d; coverage: /report %d/%d, /report/azure %d/%d",
		len(specs), len(now.Compiled), len(now.Tested), now.Report, now.ReportTotal, now.Azure, now.AzureTotal)
	t.Logf("example tests from x-ms-examples: %d generated and run in %d packages, %d left out (armgen's warnings)",
		examples, len(withExamples), leftOut)
	if testing.Verbose() {
		for _, g := range generated {
			for _, w := range g.Warnings {
				t.Logf("%s: %s", g.Spec, w)
			}
		}
	}
	var skipped []string
	for s, why := range now.Skipped {
		skipped = append(skipped, s+": "+why)
	}
	sort.Strings(skipped)
	t.Logf("skipped:\n%s", strings.Join(skipped, "\n"))

	if *updateRatchet {
		if err := writeRatchet(raise(old, now)); err != nil {
			t.Fatal(err)
		}
		return
	}
	for _, d := range drops(old, now) {
		t.Errorf("coverage dropped: %s", d)
	}
	if now.Report > old.Report || now.Azure > old.Azure || len(missing(now.Hit, old.Hit)) > 0 {
		t.Logf("coverage went up: run go test ./internal/conformance -update-ratchet and commit %s", ratchetFile)
	}
}

var packageClause = regexp.MustCompile(`(?m)^package \w+`)

// brokenPackages reads go build output ("# <import path>" then errors) and returns, per
// workspace folder, the first error.
func brokenPackages(out, rel string) map[string]string {
	bad := map[string]string{}
	prefix := strings.TrimPrefix(rel, "./") + "/"
	cur := ""
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "# ") {
			cur = ""
			if i := strings.Index(line, prefix); i >= 0 {
				cur = strings.SplitN(line[i+len(prefix):], "/", 2)[0]
			}
			continue
		}
		if cur != "" && bad[cur] == "" && strings.TrimSpace(line) != "" {
			msg := strings.TrimSpace(line)
			if i := strings.Index(msg, ".go:"); i >= 0 {
				msg = msg[strings.LastIndex(msg[:i], "/")+1:]
			}
			bad[cur] = msg
		}
	}
	return bad
}

// passedPackages reads go test output and returns the workspace folders whose tests passed.
func passedPackages(out, rel string) map[string]bool {
	passed := map[string]bool{}
	prefix := strings.TrimPrefix(rel, "./") + "/"
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] == "ok" {
			if i := strings.Index(f[1], prefix); i >= 0 {
				passed[strings.SplitN(f[1][i+len(prefix):], "/", 2)[0]] = true
			}
		}
	}
	return passed
}
