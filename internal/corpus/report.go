package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Totals are the counts of the report's table.
type Totals struct {
	Tried, Generated, SpecErrors, Refused, Crashed int
	Compiled, Fakes, FakesCompiled, Vetted         int
	ExamplesPassed, Examples                       int
	LeftOut, DocsPages                             int
	Warnings                                       map[string]int
	MaxRSS                                         int64
	MaxRSSFile                                     string
	CPU, CLI                                       time.Duration
	Slowest                                        *Spec
}

// Totals counts what the run found.
func (rep *Report) Totals() Totals {
	t := Totals{Tried: len(rep.Specs), Warnings: map[string]int{}}
	// A go command that failed without naming a package leaves its stage unproven.
	buildOK, vetOK := true, true
	for _, g := range rep.GoErrors {
		buildOK = buildOK && g.Stage != "go build"
		vetOK = vetOK && g.Stage != "go vet"
	}
	for _, s := range rep.Specs {
		for k, n := range s.Warnings {
			t.Warnings[k] += n
		}
		t.CPU += s.CPU
		t.CLI += s.Elapsed
		if s.MaxRSS > t.MaxRSS {
			t.MaxRSS, t.MaxRSSFile = s.MaxRSS, s.File
		}
		if t.Slowest == nil || s.Elapsed > t.Slowest.Elapsed {
			t.Slowest = s
		}
		switch s.Outcome {
		case SpecErr:
			t.SpecErrors++
			continue
		case Refused:
			t.Refused++
			continue
		case Crashed:
			t.Crashed++
			continue
		}
		t.Generated++
		t.Examples += s.Examples
		t.LeftOut += len(s.LeftOut)
		t.DocsPages += s.DocsPages
		if s.HasFake {
			t.Fakes++
		}
		r := rep.Go[s.Dir]
		if r == nil {
			continue
		}
		if buildOK && r.BuildErr == "" && r.FakeBuildErr == "" {
			t.Compiled++
			if s.HasFake {
				t.FakesCompiled++
			}
			if vetOK && r.VetErr == "" {
				t.Vetted++
			}
		}
		t.ExamplesPassed += r.Passed
	}
	return t
}

// Markdown renders the report: the table, warnings by kind, every failure by stage.
func (rep *Report) Markdown() string {
	t := rep.Totals()
	var b strings.Builder
	fmt.Fprintf(&b, "# armgen corpus report\n\n")
	fmt.Fprintf(&b, "Run %s on `%s` with `%s` (-j %d).\n\n", rep.Started.Format("2006-01-02 15:04 MST"), rep.Commit, rep.Command, rep.Jobs)
	b.WriteString("| | |\n|---|---|\n")
	row := func(k, v string, args ...any) { fmt.Fprintf(&b, "| %s | %s |\n", k, fmt.Sprintf(v, args...)) }
	row("spec files tried", "%d", t.Tried)
	row("generated", "%d", t.Generated)
	row("refused for a genuine spec error (listed)", "%d", t.SpecErrors)
	row("refused otherwise (failures)", "%d", t.Refused)
	row("crashed (panic, timeout, killed)", "%d", t.Crashed)
	if rep.GenOnly {
		row("compiled, vetted, examples", "not run (-gen-only)")
	} else {
		row("packages compiled (with their fake package)", "%d of %d", t.Compiled, t.Generated)
		row("fake packages compiled", "%d of %d", t.FakesCompiled, t.Fakes)
		row("packages vetted (`go vet` clean, tests included)", "%d of %d", t.Vetted, t.Generated)
		row("example tests passed", "%d of %d (%s)", t.ExamplesPassed, t.Examples, percent(t.ExamplesPassed, t.Examples))
	}
	row("x-ms-examples left out (the example disagrees with its spec, listed below)", "%d", t.LeftOut)
	if !rep.GenOnly {
		row("x-ms-examples passed, a left-out one counted as failed", "%d of %d (%s)", t.ExamplesPassed, t.Examples+t.LeftOut, percent(t.ExamplesPassed, t.Examples+t.LeftOut))
	}
	if rep.Docs {
		row("docs pages written (go and grucloud flavors)", "%d", t.DocsPages)
	}
	row("warnings", "%s", warningSummary(t.Warnings))
	what := "the Go package"
	if rep.Docs {
		what += " and both docs flavors"
	}
	procs := "processes"
	if rep.Jobs == 1 {
		procs = "process"
	}
	row("generation wall time", "%s (%s; %d armgen %s at a time)", secs(rep.GenWall), what, rep.Jobs, procs)
	row("armgen time, summed", "%s wall, %s CPU; slowest %s, %s", secs(t.CLI), secs(t.CPU), secs(t.Slowest.Elapsed), t.Slowest.File)
	row("peak memory of one armgen process (max RSS)", "%.0f MiB, %s", float64(t.MaxRSS)/(1<<20), t.MaxRSSFile)
	if !rep.GenOnly {
		row("go build / go vet / go test wall time", "%s / %s / %s", secs(rep.BuildWall), secs(rep.VetWall), secs(rep.TestWall))
	}
	row("whole run wall time", "%s", secs(rep.Wall))

	if len(rep.Listed) > 0 {
		fmt.Fprintf(&b, "\n## Refused for a genuine spec error (internal/corpus/spec-errors.json)\n\n")
		for _, e := range rep.Listed {
			fmt.Fprintf(&b, "- `%s`: %s\n", e.File, e.Mistake)
		}
	}
	if t.LeftOut > 0 {
		fmt.Fprintf(&b, "\n## x-ms-examples left out: the example disagrees with its spec (%d)\n\n", t.LeftOut)
		b.WriteString("armgen generates no example test for these (warning example-left-out): each names the\n")
		b.WriteString("example value and what the spec says instead.\n\n")
		for _, s := range rep.Specs {
			for _, l := range s.LeftOut {
				fmt.Fprintf(&b, "- %s\n", oneLine(l))
			}
		}
	}
	fmt.Fprintf(&b, "\n## Failures (%d)\n", len(rep.Failures))
	if len(rep.Failures) == 0 {
		b.WriteString("\nNone.\n")
	}
	byStage := map[string][]Failure{}
	for _, f := range rep.Failures {
		byStage[f.Stage] = append(byStage[f.Stage], f)
	}
	for _, stage := range []string{StageGenerate, StageCrash, "go build", StageBuild, StageFakeBuild, "go vet", StageVet, "go test", StageExampleComp, StageExample} {
		fs := byStage[stage]
		if len(fs) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n### %s (%d)\n\n", stage, len(fs))
		for _, f := range fs {
			fmt.Fprintf(&b, "- `%s`: %s\n", f.File, oneLine(f.Line))
		}
	}
	return b.String()
}

// warningSummary is "N: n1 kind1, n2 kind2", most frequent kind first.
func warningSummary(m map[string]int) string {
	total := 0
	kinds := make([]string, 0, len(m))
	for k, n := range m {
		total += n
		kinds = append(kinds, k)
	}
	if total == 0 {
		return "0"
	}
	sort.Slice(kinds, func(i, j int) bool {
		if m[kinds[i]] != m[kinds[j]] {
			return m[kinds[i]] > m[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%d %s", m[k], k)
	}
	return fmt.Sprintf("%d: %s", total, strings.Join(parts, ", "))
}

func percent(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f%%", 100*float64(a)/float64(b))
}

func secs(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }

// oneLine keeps a failure on one Markdown line: no line breaks, no pipes breaking tables.
func oneLine(s string) string {
	return strings.NewReplacer("\n", " ", "\r", " ").Replace(s)
}
