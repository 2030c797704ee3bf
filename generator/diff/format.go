package diff

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteJSON writes the report as indented JSON with stable field names.
func (r *Report) WriteJSON(w io.Writer) error {
	data, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("encode report: %w", err)
	}
	_, err = w.Write(append(data, '\n'))
	return err
}

// WriteMarkdown writes the report as a CHANGELOG or pull-request section: breaking
// changes, features added, other changes, then the Go API.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Changes from %s to %s\n\n", r.Old.APIVersion, r.New.APIVersion)
	fmt.Fprintf(&b, "- old: `%s`\n- new: `%s`\n\n", r.Old.Spec, r.New.Spec)
	b.WriteString(r.summaryLine() + "\n")
	var breaking, features, other []Change
	for _, c := range r.Changes {
		switch {
		case c.Breaking:
			breaking = append(breaking, c)
		case c.Rule.feature():
			features = append(features, c)
		default:
			other = append(other, c)
		}
	}
	for _, sec := range []struct {
		title string
		list  []Change
	}{{"Breaking changes", breaking}, {"Features added", features}, {"Other changes", other}} {
		fmt.Fprintf(&b, "\n## %s\n\n", sec.title)
		if len(sec.list) == 0 {
			b.WriteString("None.\n")
			continue
		}
		for _, c := range sec.list {
			b.WriteString(changeLine(c))
		}
	}
	if r.GoAPI == nil {
		_, err := io.WriteString(w, b.String())
		return err
	}
	b.WriteString("\n## Go API changes\n\n")
	if len(r.GoAPI) == 0 {
		b.WriteString("None.\n")
	}
	last := ""
	for _, c := range r.GoAPI {
		if c.Change != last {
			if last != "" {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "### %s\n\n", strings.ToUpper(c.Change[:1])+c.Change[1:])
			last = c.Change
		}
		switch c.Change {
		case "added":
			fmt.Fprintf(&b, "- %s `%s`: `%s`\n", c.Kind, c.Ident, c.New)
		case "removed":
			fmt.Fprintf(&b, "- %s `%s`: `%s`\n", c.Kind, c.Ident, c.Old)
		default:
			fmt.Fprintf(&b, "- %s `%s`: `%s` → `%s`\n", c.Kind, c.Ident, c.Old, c.New)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// changeLine renders one change as a list item.
func changeLine(c Change) string {
	var b strings.Builder
	fmt.Fprintf(&b, "- %s `%s`", c.Target, c.Name)
	if c.OldName != "" {
		fmt.Fprintf(&b, " (`%s` in the old spec)", c.OldName)
	}
	b.WriteString(": " + c.Message)
	var notes []string
	if c.Reached != "" {
		notes = append(notes, "at `"+c.Reached+"`")
	}
	if c.Usage != "" {
		notes = append(notes, c.Usage)
	}
	if len(notes) > 0 {
		b.WriteString(" (" + strings.Join(notes, ", ") + ")")
	}
	fmt.Fprintf(&b, " [%s]\n", c.Rule)
	return b.String()
}

// count spells "1 thing" or "2 things" (plural given, or with an s).
func count(n int, one string, many ...string) string {
	if n == 1 {
		return "1 " + one
	}
	if len(many) > 0 {
		return fmt.Sprintf("%d %s", n, many[0])
	}
	return fmt.Sprintf("%d %ss", n, one)
}
