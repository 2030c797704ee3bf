package diff

import (
	"errors"
	"fmt"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/ir"
)

// Options says which two specs to compare. Each side is the input of one package: spec
// files (Spec, Specs) or a readme and its tag (Config, Tag), with its Root and
// AllowRemoteRefs; the other fields of generator.Options play no part.
type Options struct {
	// Old and New are the two packages' inputs.
	Old, New generator.Options
}

// Side describes one of the two specs.
type Side struct {
	// Spec is the spec's path inside azure-rest-api-specs (or relative to its root).
	Spec string `json:"spec"`
	// APIVersion is the spec's info.version.
	APIVersion string `json:"apiVersion"`
}

// Summary counts the changes.
type Summary struct {
	// Breaking counts wire changes that are breaking.
	Breaking int `json:"breaking"`
	// Features counts non-breaking additions.
	Features int `json:"features"`
	// Other counts the remaining non-breaking changes.
	Other int `json:"other"`
	// GoAPIBreaking counts removed or changed exported Go identifiers.
	GoAPIBreaking int `json:"goApiBreaking"`
	// GoAPIAdded counts added exported Go identifiers.
	GoAPIAdded int `json:"goApiAdded"`
}

// Report is the result of comparing two specs.
type Report struct {
	// Old and New are the two specs.
	Old Side `json:"old"`
	New Side `json:"new"`
	// Summary counts the changes.
	Summary Summary `json:"summary"`
	// Changes are the wire-level changes, sorted by target, name, item and rule.
	Changes []Change `json:"changes"`
	// GoAPI are the changes in the generated Go package's exported API: removed, changed,
	// then added, each sorted by identifier; nil when the Go API was not compared.
	GoAPI []APIChange `json:"goApi,omitempty"`
}

// Breaking reports whether any wire-level change is breaking. Go API changes alone do not
// count: they follow from the wire changes and from Go naming.
func (r *Report) Breaking() bool { return r.Summary.Breaking > 0 }

// Run loads both specs, compares their IR and their generated Go API, and returns the
// report. When a spec does not load, the error lists every problem of both specs, one per
// line, each naming its file and JSON pointer.
func Run(opts Options) (*Report, error) {
	load := func(in generator.Options) (*generator.Result, error) {
		return generator.GenerateFiles(generator.Options{Spec: in.Spec, Specs: in.Specs, Config: in.Config, Tag: in.Tag,
			Root: in.Root, FS: in.FS, AllowRemoteRefs: in.AllowRemoteRefs})
	}
	a, errA := load(opts.Old)
	b, errB := load(opts.New)
	if err := errors.Join(errA, errB); err != nil {
		return nil, err
	}
	api, err := CompareGo(a.Files, b.Files)
	if err != nil {
		return nil, fmt.Errorf("compare generated Go: %w", err)
	}
	if api == nil {
		api = []APIChange{}
	}
	return NewReport(a.Package, b.Package, Compare(a.Package, b.Package), api), nil
}

// NewReport assembles a report and counts its changes. A nil api leaves the Go API out.
func NewReport(old, new *ir.Package, changes []Change, api []APIChange) *Report {
	r := &Report{
		Old:     Side{Spec: old.SpecRepoPath, APIVersion: old.APIVersion},
		New:     Side{Spec: new.SpecRepoPath, APIVersion: new.APIVersion},
		Changes: changes,
		GoAPI:   api,
	}
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	for _, c := range changes {
		switch {
		case c.Breaking:
			r.Summary.Breaking++
		case c.Rule.feature():
			r.Summary.Features++
		default:
			r.Summary.Other++
		}
	}
	for _, c := range api {
		if c.Breaking {
			r.Summary.GoAPIBreaking++
		} else {
			r.Summary.GoAPIAdded++
		}
	}
	return r
}
