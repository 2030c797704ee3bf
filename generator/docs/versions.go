package docs

// Versions relate the go pages of one API version to the other API versions of the same
// spec, whose pages sit beside them (generated/docs/go/<api-version>/): each resource page
// links to the same resource in the other versions, and the index page lists the changes
// from the previous version and links to changelog.md, which holds them all. Package
// generator/versions fills it in from the other versions' specs and armgen diff.
type Versions struct {
	// Others are the other API versions, in any order.
	Others []OtherVersion
	// Changelog holds the changes from the previous API version (the newest one older
	// than this), or is nil when there is none.
	Changelog *Changelog
}

// OtherVersion is another API version of the spec.
type OtherVersion struct {
	// APIVersion is its version, which names the folder of its pages.
	APIVersion string
	// Pages are its resource pages as "<Group>/<Type>".
	Pages []string
}

// Changelog is armgen diff's report from the previous API version to this one, for
// changelog.md and the index page. Every text reaches the page escaped.
type Changelog struct {
	// From is the previous API version; FromSpec and ToSpec are the two specs' paths.
	From, FromSpec, ToSpec string
	// Summary counts the changes in one sentence.
	Summary string
	// Sections are the breaking changes, the features added and the other changes.
	Sections []ChangeSection
	// GoAPI are the changes of the generated package's exported Go API.
	GoAPI []GoAPIChange
}

// ChangeSection is a titled list of wire changes.
type ChangeSection struct {
	Title   string
	Changes []Change
}

// Change is one wire change (see diff.Change).
type Change struct {
	// Target ("operation", "model", "enum"), Name and OldName say what changed.
	Target, Name, OldName string
	// Message is the change in one sentence; Reached and Usage say where the model travels.
	Message, Reached, Usage string
	// Rule is the diff rule's name.
	Rule string
}

// GoAPIChange is a change of an exported Go identifier (see diff.APIChange).
type GoAPIChange struct {
	// Change is "added", "removed" or "changed"; Kind is "type", "field", "func", ...
	Change, Kind, Ident string
	// Old and New are the declarations before and after.
	Old, New string
}
