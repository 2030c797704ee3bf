package pretty

import "strings"

// Options control Print.
type Options struct {
	// Width is the line width that groups must fit in (prettier's printWidth).
	Width int
	// TabWidth is the number of spaces of one indentation level.
	TabWidth int
}

// DefaultOptions returns prettier's defaults: width 80, two-space indentation.
func DefaultOptions() Options { return Options{Width: 80, TabWidth: 2} }

type mode uint8

const (
	modeUnset mode = iota // a group that has not been printed yet
	modeBreak
	modeFlat
)

type command struct {
	indent int // indentation level
	mode   mode
	doc    Doc
}

type printer struct {
	opts      Options
	out       []byte
	pos       int // width of the current line so far
	groupMode map[GroupID]mode
}

// Print propagates breaks (see PropagateBreaks) and lays doc out.
func Print(doc Doc, opts Options) string {
	PropagateBreaks(doc)
	p := &printer{opts: opts, groupMode: map[GroupID]mode{}}
	p.run(doc)
	return string(p.out)
}

func (p *printer) run(doc Doc) {
	cmds := []command{{mode: modeBreak, doc: doc}}
	shouldRemeasure := false
	for len(cmds) > 0 {
		c := cmds[len(cmds)-1]
		cmds = cmds[:len(cmds)-1]
		switch d := c.doc.(type) {
		case nil, BreakParentDoc:
		case Text:
			p.out = append(p.out, d...)
			p.pos += StringWidth(string(d))
		case Concat:
			for i := len(d) - 1; i >= 0; i-- {
				cmds = append(cmds, command{c.indent, c.mode, d[i]})
			}
		case IndentDoc:
			cmds = append(cmds, command{c.indent + 1, c.mode, d.Contents})
		case *GroupDoc:
			if c.mode == modeFlat && !shouldRemeasure {
				m := modeFlat
				if d.Break {
					m = modeBreak
				}
				cmds = append(cmds, command{c.indent, m, d.Contents})
			} else {
				shouldRemeasure = false
				next := command{c.indent, modeFlat, d.Contents}
				if !d.Break && p.fits(next, cmds, p.opts.Width-p.pos, false) {
					cmds = append(cmds, next)
				} else {
					cmds = append(cmds, command{c.indent, modeBreak, d.Contents})
				}
			}
			if d.ID != 0 {
				p.groupMode[d.ID] = cmds[len(cmds)-1].mode
			}
		case FillDoc:
			cmds = p.fill(c, d, cmds)
		case IfBreakDoc:
			m := c.mode
			if d.GroupID != 0 {
				m = p.groupMode[d.GroupID]
			}
			switch {
			case m == modeBreak && d.Break != nil:
				cmds = append(cmds, command{c.indent, c.mode, d.Break})
			case m == modeFlat && d.Flat != nil:
				cmds = append(cmds, command{c.indent, c.mode, d.Flat})
			}
		case IndentIfBreakDoc:
			m := c.mode
			if d.GroupID != 0 {
				m = p.groupMode[d.GroupID]
			}
			switch m {
			case modeBreak:
				cmds = append(cmds, command{c.indent, c.mode, IndentDoc{Contents: d.Contents}})
			case modeFlat:
				cmds = append(cmds, command{c.indent, c.mode, d.Contents})
			}
		case LineDoc:
			if c.mode == modeFlat && !d.Hard {
				if !d.Soft {
					p.out = append(p.out, ' ')
					p.pos++
				}
				break
			}
			if c.mode == modeFlat {
				shouldRemeasure = true
			}
			p.trim()
			p.out = append(p.out, '\n')
			n := c.indent * p.opts.TabWidth
			p.out = append(p.out, strings.Repeat(" ", n)...)
			p.pos = n
		}
	}
}

// fill lays out one step of a FillDoc: its first content, the separator after it,
// and a command for the rest.
func (p *printer) fill(c command, parts FillDoc, cmds []command) []command {
	if len(parts) == 0 {
		return cmds
	}
	rem := p.opts.Width - p.pos
	content := parts[0]
	contentFlat := command{c.indent, modeFlat, content}
	contentBreak := command{c.indent, modeBreak, content}
	contentFits := p.fits(contentFlat, nil, rem, true)
	if len(parts) == 1 {
		if contentFits {
			return append(cmds, contentFlat)
		}
		return append(cmds, contentBreak)
	}
	whitespace := parts[1]
	whitespaceFlat := command{c.indent, modeFlat, whitespace}
	whitespaceBreak := command{c.indent, modeBreak, whitespace}
	if len(parts) == 2 {
		if contentFits {
			return append(cmds, whitespaceFlat, contentFlat)
		}
		return append(cmds, whitespaceBreak, contentBreak)
	}
	rest := command{c.indent, c.mode, parts[2:]}
	pair := command{c.indent, modeFlat, Concat{content, whitespace, parts[2]}}
	switch {
	case p.fits(pair, nil, rem, true):
		return append(cmds, rest, whitespaceFlat, contentFlat)
	case contentFits:
		return append(cmds, rest, whitespaceBreak, contentFlat)
	default:
		return append(cmds, rest, whitespaceBreak, contentBreak)
	}
}

// fits reports whether next, followed by the pending commands rest up to their first
// line break in broken mode, fits in width columns. With mustBeFlat, a group that is
// already broken never fits.
func (p *printer) fits(next command, rest []command, width int, mustBeFlat bool) bool {
	restIdx := len(rest)
	cmds := []command{next}
	for width >= 0 {
		if len(cmds) == 0 {
			if restIdx == 0 {
				return true
			}
			restIdx--
			cmds = append(cmds, rest[restIdx])
			continue
		}
		c := cmds[len(cmds)-1]
		cmds = cmds[:len(cmds)-1]
		switch d := c.doc.(type) {
		case Text:
			width -= StringWidth(string(d))
		case Concat:
			for i := len(d) - 1; i >= 0; i-- {
				cmds = append(cmds, command{c.indent, c.mode, d[i]})
			}
		case FillDoc:
			for i := len(d) - 1; i >= 0; i-- {
				cmds = append(cmds, command{c.indent, c.mode, d[i]})
			}
		case IndentDoc:
			cmds = append(cmds, command{c.indent, c.mode, d.Contents})
		case IndentIfBreakDoc:
			cmds = append(cmds, command{c.indent, c.mode, d.Contents})
		case *GroupDoc:
			if mustBeFlat && d.Break {
				return false
			}
			m := c.mode
			if d.Break {
				m = modeBreak
			}
			cmds = append(cmds, command{c.indent, m, d.Contents})
		case IfBreakDoc:
			m := c.mode
			if d.GroupID != 0 {
				m = p.groupMode[d.GroupID]
				if m == modeUnset {
					m = modeFlat
				}
			}
			contents := d.Flat
			if m == modeBreak {
				contents = d.Break
			}
			if contents != nil {
				cmds = append(cmds, command{c.indent, c.mode, contents})
			}
		case LineDoc:
			if c.mode == modeBreak || d.Hard {
				return true
			}
			if !d.Soft {
				width--
			}
		}
	}
	return false
}

// trim removes trailing spaces and tabs from the output, as prettier does before
// every newline.
func (p *printer) trim() {
	n := len(p.out)
	for n > 0 && (p.out[n-1] == ' ' || p.out[n-1] == '\t') {
		n--
	}
	p.pos -= len(p.out) - n
	p.out = p.out[:n]
}
