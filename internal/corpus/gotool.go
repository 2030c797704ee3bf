package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"sort"
	"strings"
)

// goResults is what the go command said about one spec's packages.
type goResults struct {
	// BuildErr and FakeBuildErr are the first lines of compile errors ("" when none).
	BuildErr, FakeBuildErr string
	// VetErr is the first vet problem of the package, its fake package or its tests.
	VetErr string
	// TestBuildErr is the first compile error of the test files (the examples).
	TestBuildErr string
	// Passed counts the examples that passed.
	Passed int
	// ExampleFails holds "ExampleName: first lines of its output" per failed example.
	ExampleFails []string
}

// buildEvent is one line of `go build -json` or `go test -json`.
type buildEvent struct {
	ImportPath  string
	Action      string
	Package     string
	Test        string
	Output      string
	FailedBuild string
}

// decodeEvents reads a stream of JSON objects, stopping at the first thing that is not one.
func decodeEvents(r io.Reader, fn func(buildEvent)) {
	dec := json.NewDecoder(r)
	for {
		var ev buildEvent
		if err := dec.Decode(&ev); err != nil {
			return
		}
		fn(ev)
	}
}

// firstCompileError picks the first error line of a package's build output, skipping the
// "# import/path" header and go's notes.
func firstCompileError(lines []string) string {
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "# ") || strings.HasPrefix(l, "note:") {
			continue
		}
		return strings.TrimPrefix(l, "vet: ")
	}
	return "(build failed without output)"
}

// parseBuild reads `go build -json` output and records build failures. It reports
// whether any failure was pinned on a package.
func parseBuild(out []byte, res func(dir string) *goResults) bool {
	attributed := false
	outputs := map[string][]string{}
	decodeEvents(bytes.NewReader(out), func(ev buildEvent) {
		switch ev.Action {
		case "build-output":
			outputs[ev.ImportPath] = append(outputs[ev.ImportPath], strings.Split(ev.Output, "\n")...)
		case "build-fail":
			dir, fake := specDirOf(ev.ImportPath)
			r := res(dir)
			if r == nil {
				return
			}
			attributed = true
			if fake {
				r.FakeBuildErr = firstCompileError(outputs[ev.ImportPath])
			} else {
				r.BuildErr = firstCompileError(outputs[ev.ImportPath])
			}
		}
	})
	return attributed
}

// vetDiag is one finding of `go vet -json`.
type vetDiag struct {
	Posn    string `json:"posn"`
	Message string `json:"message"`
}

// parseVet reads `go vet -json`: findings as JSON objects on stdout (package -> analyzer
// -> findings), and packages that do not type-check on stderr, each under a "# path" line.
// It reports whether any problem was pinned on a package.
func parseVet(stdout, stderr []byte, modDir string, res func(dir string) *goResults) bool {
	attributed := false
	dec := json.NewDecoder(bytes.NewReader(stdout))
	for {
		var m map[string]map[string]json.RawMessage
		if err := dec.Decode(&m); err != nil {
			break
		}
		pkgs := make([]string, 0, len(m))
		for p := range m {
			pkgs = append(pkgs, p)
		}
		sort.Strings(pkgs)
		for _, p := range pkgs {
			dir, _ := specDirOf(p)
			r := res(dir)
			if r == nil || r.VetErr != "" {
				continue
			}
			analyzers := make([]string, 0, len(m[p]))
			for a := range m[p] {
				analyzers = append(analyzers, a)
			}
			sort.Strings(analyzers)
			for _, a := range analyzers {
				var diags []vetDiag
				if json.Unmarshal(m[p][a], &diags) == nil && len(diags) > 0 {
					r.VetErr = a + ": " + strings.TrimPrefix(diags[0].Posn, modDir+"/") + ": " + diags[0].Message
					attributed = true
					break
				}
				var e struct{ Error string }
				if json.Unmarshal(m[p][a], &e) == nil && e.Error != "" {
					r.VetErr = a + ": " + e.Error
					attributed = true
					break
				}
			}
		}
	}
	var cur *goResults
	sc := bufio.NewScanner(bytes.NewReader(stderr))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		if p, ok := strings.CutPrefix(line, "# "); ok {
			// "# path", or "# [path]" for the package with its tests
			dir, _ := specDirOf(strings.TrimSuffix(strings.TrimPrefix(p, "["), "]"))
			cur = res(dir)
			continue
		}
		if cur != nil && strings.TrimSpace(line) != "" {
			attributed = true
			if cur.VetErr == "" {
				cur.VetErr = "does not type-check: " + strings.TrimPrefix(strings.TrimSpace(line), "vet: ")
			}
		}
	}
	return attributed && sc.Err() == nil
}

// testState follows one example through `go test -json`.
type testState struct {
	done   bool
	output []string
}

// parseTest reads `go test -json`: build failures of the test files, and each example's
// result. An example that started and never finished (the test binary exited, say through
// log.Fatal) failed, with its package's last output. It reports whether any failure was
// pinned on a package.
func parseTest(out []byte, res func(dir string) *goResults) bool {
	attributed := false
	buildOut := map[string][]string{}
	tests := map[string]map[string]*testState{} // package -> test
	pkgOut := map[string][]string{}
	var order []string
	decodeEvents(bytes.NewReader(out), func(ev buildEvent) {
		switch ev.Action {
		case "build-output":
			buildOut[ev.ImportPath] = append(buildOut[ev.ImportPath], strings.Split(ev.Output, "\n")...)
			return
		case "build-fail":
			dir, _ := specDirOf(ev.ImportPath)
			if r := res(dir); r != nil && r.TestBuildErr == "" {
				r.TestBuildErr = firstCompileError(buildOut[ev.ImportPath])
				attributed = true
			}
			return
		}
		if ev.Package == "" {
			return
		}
		if ev.Test == "" {
			if ev.Action == "output" {
				pkgOut[ev.Package] = append(pkgOut[ev.Package], ev.Output)
			}
			return
		}
		if !strings.HasPrefix(ev.Test, "Example") {
			return
		}
		m := tests[ev.Package]
		if m == nil {
			m = map[string]*testState{}
			tests[ev.Package] = m
			order = append(order, ev.Package)
		}
		st := m[ev.Test]
		if st == nil {
			st = &testState{}
			m[ev.Test] = st
		}
		r := res(dirOnly(ev.Package))
		switch ev.Action {
		case "output":
			st.output = append(st.output, ev.Output)
		case "pass":
			st.done = true
			if r != nil {
				r.Passed++
			}
		case "fail":
			st.done = true
			if r != nil {
				r.ExampleFails = append(r.ExampleFails, ev.Test+": "+summarizeOutput(st.output))
				attributed = true
			}
		}
	})
	for _, p := range order {
		r := res(dirOnly(p))
		if r == nil {
			continue
		}
		names := make([]string, 0, len(tests[p]))
		for n := range tests[p] {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			if st := tests[p][n]; !st.done {
				r.ExampleFails = append(r.ExampleFails, n+": did not finish: "+summarizeOutput(append(st.output, pkgOut[p]...)))
				attributed = true
			}
		}
		sort.Strings(r.ExampleFails)
	}
	return attributed
}

func dirOnly(importPath string) string {
	d, _ := specDirOf(importPath)
	return d
}

// summarizeOutput turns an example's output into one line: go test's own "=== RUN",
// "--- FAIL" and "FAIL" lines dropped, the rest joined with " | ", at most 300 bytes.
func summarizeOutput(lines []string) string {
	var parts []string
	for _, chunk := range lines {
		for _, l := range strings.Split(chunk, "\n") {
			l = strings.TrimSpace(l)
			if l == "" || strings.HasPrefix(l, "=== ") || strings.HasPrefix(l, "--- FAIL") || l == "FAIL" ||
				strings.HasPrefix(l, "FAIL\t") || strings.HasPrefix(l, "exit status") {
				continue
			}
			parts = append(parts, l)
		}
	}
	s := strings.Join(parts, " | ")
	if s == "" {
		return "(no output)"
	}
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}
