package ir

// XML is a schema's "xml" object (Swagger 2.0) plus x-ms-text: how a model, a property or
// a body is spelled as XML.
type XML struct {
	// Name is the element (or attribute) name; "" means the default.
	Name string
	// Namespace and Prefix are the element's namespace URI and prefix, or "".
	Namespace, Prefix string
	// Attribute is true when the property is an attribute of its parent's element.
	Attribute bool
	// Wrapped is true when an array's items are inside one element named for the array.
	Wrapped bool
	// Text is x-ms-text: the property is the character data of its parent's element.
	Text bool
}

// XMLField is how a model's property travels as XML: the element (or attribute) name, and
// for an array the item elements' name.
type XMLField struct {
	XML
	// ItemName is an array's item element name.
	ItemName string
}

// XMLBody is how an operation's request or response body travels as XML.
type XMLBody struct {
	// Root is the root element's name.
	Root string
	// ItemName is the item elements' name when the body is an array.
	ItemName string
}
