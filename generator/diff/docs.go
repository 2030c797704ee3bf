package diff

import (
	"strings"

	"github.com/armgen/armgen/generator/docs"
)

// Changelog converts the report for the go docs' changelog page and index (package docs
// escapes every text it writes).
func (r *Report) Changelog() *docs.Changelog {
	c := &docs.Changelog{From: r.Old.APIVersion, FromSpec: r.Old.Spec, ToSpec: r.New.Spec, Summary: r.summaryLine()}
	var breaking, features, other []docs.Change
	for _, ch := range r.Changes {
		d := docs.Change{
			Target: string(ch.Target), Name: ch.Name, OldName: ch.OldName, Message: ch.Message,
			Reached: ch.Reached, Usage: ch.Usage, Rule: string(ch.Rule),
		}
		switch {
		case ch.Breaking:
			breaking = append(breaking, d)
		case ch.Rule.feature():
			features = append(features, d)
		default:
			other = append(other, d)
		}
	}
	c.Sections = []docs.ChangeSection{{Title: "Breaking changes", Changes: breaking}, {Title: "Features added", Changes: features}, {Title: "Other changes", Changes: other}}
	for _, a := range r.GoAPI {
		c.GoAPI = append(c.GoAPI, docs.GoAPIChange{Change: a.Change, Kind: a.Kind, Ident: a.Ident, Old: a.Old, New: a.New})
	}
	return c
}

// summaryLine counts the changes in one sentence, as the Markdown report's summary.
func (r *Report) summaryLine() string {
	var b strings.Builder
	b.WriteString(count(r.Summary.Breaking, "breaking change") + ", " +
		count(r.Summary.Features, "feature added", "features added") + ", " + count(r.Summary.Other, "other change") + ".")
	if r.GoAPI != nil {
		b.WriteString(" Go API: " + count(r.Summary.GoAPIBreaking, "identifier removed or changed", "identifiers removed or changed") +
			", " + count(r.Summary.GoAPIAdded, "identifier added", "identifiers added") + ".")
	}
	return b.String()
}
