package docs

// Exported for the tests of package docs_test.
var (
	EscapeProse = escapeProse
	CodeSpan    = codeSpan
	Fence       = fence
	Collapse    = collapseSpace
)
