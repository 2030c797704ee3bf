package pretty

// PropagateBreaks marks as broken every group that contains a BreakParentDoc (as in
// Hardline) or a broken group, directly or through any nesting, as prettier does
// before printing. It mutates the groups of doc and is idempotent. Both branches of
// an IfBreakDoc are visited.
func PropagateBreaks(doc Doc) {
	visited := map[*GroupDoc]bool{}
	propagate(doc, visited)
}

// propagate reports whether doc forces its innermost enclosing group to break.
func propagate(doc Doc, visited map[*GroupDoc]bool) bool {
	switch d := doc.(type) {
	case nil, Text, LineDoc:
		return false
	case BreakParentDoc:
		return true
	case Concat:
		return propagateAll(d, visited)
	case FillDoc:
		return propagateAll(d, visited)
	case IndentDoc:
		return propagate(d.Contents, visited)
	case IndentIfBreakDoc:
		return propagate(d.Contents, visited)
	case IfBreakDoc:
		b := propagate(d.Break, visited)
		f := propagate(d.Flat, visited)
		return b || f
	case *GroupDoc:
		if !visited[d] {
			visited[d] = true
			if propagate(d.Contents, visited) {
				d.Break = true
			}
		}
		return d.Break
	}
	return false
}

func propagateAll(docs []Doc, visited map[*GroupDoc]bool) bool {
	any := false
	for _, d := range docs {
		if propagate(d, visited) {
			any = true
		}
	}
	return any
}
