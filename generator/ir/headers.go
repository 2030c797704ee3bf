package ir

// ResponseHeader is a header a response declares.
type ResponseHeader struct {
	// Name is the header's wire name, as the spec spells it.
	Name string
	// Doc is the description.
	Doc string
	// Type is a primitive or an enum. An array header (a collectionFormat list) is a
	// string holding the header's text.
	Type *Type
}
