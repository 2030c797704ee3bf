package conformance

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
)

// ratchetFile holds the coverage the suite has reached; the suite fails when it drops.
const ratchetFile = "coverage.ratchet.json"

// Ratchet is the content of coverage.ratchet.json.
type Ratchet struct {
	// Report is the number of scenarios of GET /report hit at least once.
	Report int `json:"report"`
	// ReportTotal is the number of scenarios GET /report lists.
	ReportTotal int `json:"reportTotal"`
	// Azure is the number of scenarios of GET /report/azure hit at least once.
	Azure int `json:"azure"`
	// AzureTotal is the number of scenarios GET /report/azure lists.
	AzureTotal int `json:"azureTotal"`
	// Compiled lists the specs whose generated package compiles.
	Compiled []string `json:"compiled"`
	// Tested lists the specs whose tests ran against the server and passed.
	Tested []string `json:"tested"`
	// Hit lists the scenarios hit, "azure/" prefixed for /report/azure.
	Hit []string `json:"hit"`
	// Skipped says why a spec is not generated (armgen's error) or not compiled.
	Skipped map[string]string `json:"skipped"`
}

func readRatchet() (*Ratchet, error) {
	data, err := os.ReadFile(ratchetFile)
	if os.IsNotExist(err) {
		return &Ratchet{}, nil
	}
	if err != nil {
		return nil, err
	}
	var r Ratchet
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("%s: %w (fix it or delete it and run go test ./internal/conformance -update-ratchet)", ratchetFile, err)
	}
	return &r, nil
}

func writeRatchet(r *Ratchet) error {
	sort.Strings(r.Compiled)
	sort.Strings(r.Tested)
	sort.Strings(r.Hit)
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(ratchetFile, append(data, '\n'), 0o644)
}

// missing returns the members of want that got lacks.
func missing(want, got []string) []string {
	have := map[string]bool{}
	for _, g := range got {
		have[g] = true
	}
	var out []string
	for _, w := range want {
		if !have[w] {
			out = append(out, w)
		}
	}
	return out
}

// drops compares a run with the ratchet and returns every way coverage went down.
func drops(old, now *Ratchet) []string {
	var d []string
	if now.Report < old.Report {
		d = append(d, fmt.Sprintf("/report: %d scenarios hit, the ratchet says %d", now.Report, old.Report))
	}
	if now.Azure < old.Azure {
		d = append(d, fmt.Sprintf("/report/azure: %d scenarios hit, the ratchet says %d", now.Azure, old.Azure))
	}
	for _, s := range missing(old.Compiled, now.Compiled) {
		d = append(d, fmt.Sprintf("spec %s no longer generates and compiles: %s", s, now.Skipped[s]))
	}
	for _, s := range missing(old.Tested, now.Tested) {
		d = append(d, fmt.Sprintf("spec %s: its tests no longer pass", s))
	}
	for _, s := range missing(old.Hit, now.Hit) {
		d = append(d, fmt.Sprintf("scenario %s is no longer hit", s))
	}
	return d
}

// raise returns the ratchet moved up to now: counts and lists only grow.
func raise(old, now *Ratchet) *Ratchet {
	r := *now
	r.Report, r.Azure = max(old.Report, now.Report), max(old.Azure, now.Azure)
	r.Compiled = union(old.Compiled, now.Compiled)
	r.Tested = union(old.Tested, now.Tested)
	r.Hit = union(old.Hit, now.Hit)
	return &r
}

func union(a, b []string) []string {
	return append(append([]string(nil), b...), missing(a, b)...)
}
