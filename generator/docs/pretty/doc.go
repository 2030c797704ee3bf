// Package pretty is a small Wadler-style document algebra with the layout
// algorithm of prettier 2.8.8's printDocToString.
//
// A Doc describes text with optional line breaks. Print lays it out so that
// every group that fits in the remaining width is printed flat, and every group
// that does not is broken. The measuring rules ("fits" looks ahead past the end
// of a group into the commands that follow it, up to their first possible line
// break) are those of prettier, so that a printer built on this package can
// reproduce prettier's output byte for byte. Only the constructs a JSON-like
// JavaScript printer needs are provided: no alignment, no line suffixes, no
// conditional groups.
package pretty

// Doc is a document. The concrete types are Text, Concat, *GroupDoc, IndentDoc,
// LineDoc, IfBreakDoc, IndentIfBreakDoc, FillDoc and BreakParentDoc.
type Doc interface {
	isDoc()
}

// GroupID names a group so that IfBreak and IndentIfBreak can follow its mode.
// The zero GroupID names no group. IDs need only be unique within one document.
type GroupID int

// Text is literal text without newlines.
type Text string

// Concat is a sequence of documents printed one after the other.
type Concat []Doc

// GroupDoc is printed flat when it fits in the remaining width and broken otherwise.
// Break forces the broken mode; PropagateBreaks sets it on groups that contain a hard line.
type GroupDoc struct {
	Contents Doc
	Break    bool
	ID       GroupID
}

// IndentDoc increases the indentation of the line breaks inside Contents by one level.
type IndentDoc struct {
	Contents Doc
}

// LineDoc is a possible line break. In flat mode a plain line prints a space and a
// soft line prints nothing; a hard line always breaks.
type LineDoc struct {
	Soft bool
	Hard bool
}

// IfBreakDoc prints Break when the enclosing group (or the group named by GroupID)
// is broken, and Flat otherwise. Either may be nil.
type IfBreakDoc struct {
	Break   Doc
	Flat    Doc
	GroupID GroupID
}

// IndentIfBreakDoc indents Contents when the group named by GroupID is broken.
type IndentIfBreakDoc struct {
	Contents Doc
	GroupID  GroupID
}

// FillDoc alternates contents and separators ([content, separator, content, ...]) and
// breaks only the separators after which the next content does not fit.
type FillDoc []Doc

// BreakParentDoc forces every enclosing group to break (see PropagateBreaks).
type BreakParentDoc struct{}

func (Text) isDoc()             {}
func (Concat) isDoc()           {}
func (*GroupDoc) isDoc()        {}
func (IndentDoc) isDoc()        {}
func (LineDoc) isDoc()          {}
func (IfBreakDoc) isDoc()       {}
func (IndentIfBreakDoc) isDoc() {}
func (FillDoc) isDoc()          {}
func (BreakParentDoc) isDoc()   {}

// Line is a space in flat mode and a newline in broken mode.
func Line() Doc { return LineDoc{} }

// Softline is nothing in flat mode and a newline in broken mode.
func Softline() Doc { return LineDoc{Soft: true} }

// Hardline always breaks, and breaks its enclosing groups.
func Hardline() Doc { return Concat{LineDoc{Hard: true}, BreakParentDoc{}} }

// Cat concatenates documents.
func Cat(docs ...Doc) Doc { return Concat(docs) }

// Group returns a group of docs.
func Group(docs ...Doc) *GroupDoc { return &GroupDoc{Contents: Concat(docs)} }

// GroupOpts are the options of GroupWith.
type GroupOpts struct {
	// ShouldBreak forces the group to break.
	ShouldBreak bool
	// ID names the group for IfBreak and IndentIfBreak.
	ID GroupID
}

// GroupWith returns a group of contents with options.
func GroupWith(contents Doc, opts GroupOpts) *GroupDoc {
	return &GroupDoc{Contents: contents, Break: opts.ShouldBreak, ID: opts.ID}
}

// Indent indents the line breaks of docs by one level.
func Indent(docs ...Doc) Doc { return IndentDoc{Contents: Concat(docs)} }

// IfBreak prints breakDoc when the enclosing group breaks and flatDoc otherwise.
func IfBreak(breakDoc, flatDoc Doc) Doc { return IfBreakDoc{Break: breakDoc, Flat: flatDoc} }

// IfGroupBreaks prints breakDoc when the group id breaks and flatDoc otherwise.
func IfGroupBreaks(id GroupID, breakDoc, flatDoc Doc) Doc {
	return IfBreakDoc{Break: breakDoc, Flat: flatDoc, GroupID: id}
}

// IndentIfBreak indents contents when the group id breaks.
func IndentIfBreak(id GroupID, contents Doc) Doc {
	return IndentIfBreakDoc{Contents: contents, GroupID: id}
}

// Fill returns a fill of alternating contents and separators.
func Fill(parts ...Doc) Doc { return FillDoc(parts) }

// Join puts sep between docs.
func Join(sep Doc, docs []Doc) Doc {
	out := make(Concat, 0, 2*len(docs))
	for i, d := range docs {
		if i > 0 {
			out = append(out, sep)
		}
		out = append(out, d)
	}
	return out
}
