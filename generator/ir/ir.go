// Package ir is armgen's intermediate representation: a Go-shaped, sorted model of one
// spec. Everything downstream of loading (Go emitters, docs, diff) reads only this package;
// no go-openapi type appears here. Names are already Go identifiers, every list is sorted
// (or in the spec's order where that order is the meaning, as for enum values and examples),
// and the same spec always yields the same IR.
package ir

import "github.com/armgen/armgen/generator/jsonv"

// Package is one spec turned into one Go package.
type Package struct {
	// Name is the Go package name.
	Name string
	// APIVersion is the spec's info.version, such as "2022-01-01".
	APIVersion string
	// Provider is the resource provider namespace, such as "Microsoft.Network".
	Provider string
	// DocsGroup names the folder of the resource docs pages (<DocsGroup>/<Type>.md): the
	// provider namespace's last part ("Network"), or for a data-plane spec, whose paths name
	// no provider, the service ("KeyVault"). Never empty.
	DocsGroup string
	// Title is the spec's info.title.
	Title string
	// SpecPath is the spec file's path relative to the spec root, with forward slashes.
	SpecPath string
	// SpecRepoPath is the spec's path inside azure-rest-api-specs (from "specification/"),
	// or SpecPath when the file does not sit in such a tree.
	SpecRepoPath string
	// InputFiles are the repository paths (as SpecRepoPath) of every input file, in the
	// order given; SpecRepoPath is the first.
	InputFiles []string
	// Config is the readme tag the input files came from, or nil.
	Config *ConfigSource
	// Host is the spec's host, such as "management.azure.com".
	Host string
	// HostTemplate is x-ms-parameterized-host, or nil: the clients then call the ARM
	// endpoint of their options.
	HostTemplate *HostTemplate
	// Models lists every object schema reachable from the paths, sorted by Name.
	Models []*Model
	// Enums lists every enum reachable from the paths, sorted by Name.
	Enums []*Enum
	// Groups lists the operation groups, sorted by Name; each holds its operations sorted by Name.
	Groups []*OperationGroup
	// Resources lists the ARM resources the paths define, sorted by Name.
	Resources []*Resource
	// ParamGroups lists the x-ms-parameter-grouping structs, sorted by Name.
	ParamGroups []*ParamGroup
}

// ConfigSource names the AutoRest readme.md and tag a package was generated from.
type ConfigSource struct {
	// Path is the readme's path inside azure-rest-api-specs (from "specification/"), or
	// as given when it does not sit in such a tree.
	Path string
	// Tag is the selected tag.
	Tag string
}

// Source locates an IR element in the spec files.
type Source struct {
	// File is relative to the spec root with forward slashes.
	File string
	// Pointer is a JSON pointer into File.
	Pointer string
}

// String renders the source as "file#/pointer".
func (s Source) String() string { return s.File + "#" + s.Pointer }

// Usage records where a model or enum travels.
type Usage uint8

// Usage flags.
const (
	// UsageInput marks types that appear in request bodies.
	UsageInput Usage = 1 << iota
	// UsageOutput marks types that appear in response bodies.
	UsageOutput
)

// Model is a Go struct for an object schema. allOf bases are merged into Fields, so the
// struct's JSON is flat as on the wire.
type Model struct {
	// Name is the Go type name.
	Name string
	// SchemaName is the definition name in the spec, or "" for an inline schema.
	SchemaName string
	// Doc is the schema's description.
	Doc string
	// Source is where the schema is defined.
	Source Source
	// Fields are the struct fields, own and inherited, sorted by Name.
	Fields []*Field
	// Bases are the models this one lists in allOf, in the spec's order.
	Bases []*Model
	// AdditionalProperties is the value type of extra keys, or nil when the object has none.
	// A model with AdditionalProperties and no Fields is emitted as a map type.
	AdditionalProperties *Type
	// Discriminator is the name of the discriminator property, if the schema declares one.
	Discriminator string
	// DiscriminatorValue is x-ms-discriminator-value, if set.
	DiscriminatorValue string
	// AzureResource is x-ms-azure-resource.
	AzureResource bool
	// Required lists the wire names of required properties, own and inherited, sorted.
	Required []string
	// Usage records whether the model is sent, received or both.
	Usage Usage
	// ObjectRules are the prose rules about the object as a whole that a rules file attaches
	// to the definition or to one of its allOf bases (bases first), in the file's order.
	ObjectRules []ObjectRuleRef
	// XML is the schema's "xml" object; its Name is the element name of the model where a
	// property or body does not name it.
	XML XML
	// Interface is the Go interface type that stands for the model and its subtypes in a
	// discriminated hierarchy (see Polymorphic); "" when the model has no subtypes.
	Interface string
	// Subtypes lists every model that extends this one, directly or not, in the
	// hierarchy of a discriminator, sorted by Name.
	Subtypes []*Model
	// DiscriminatorProperty is the wire name of the discriminator of the hierarchy the
	// model belongs to, declared by the model itself or by one of its bases; "" outside one.
	DiscriminatorProperty string
}

// Field is one property of a model.
type Field struct {
	// Name is the Go field name.
	Name string
	// JSONName is the property name on the wire.
	JSONName string
	// Doc is the property's description.
	Doc string
	// Type is the field's type.
	Type *Type
	// Required is true when the property is in the schema's required list.
	Required bool
	// ReadOnly is true when the service sets the property and ignores it in requests.
	ReadOnly bool
	// ClientFlatten is x-ms-client-flatten. The wire shape is never flattened.
	ClientFlatten bool
	// Mutability is x-ms-mutability, lower-cased in the spec's order ("read", "create",
	// "update"), or nil when the spec has none. ["read"] alone makes the field ReadOnly;
	// the docs say what the others mean.
	Mutability []string
	// Secret is x-ms-secret: the value is a secret (a password, a key) that the service
	// accepts and never returns. The docs mark it; the example tests never print it.
	Secret bool
	// Nullable is x-nullable: true on the property, or on the definition its $ref names
	// (the property's own x-nullable wins): JSON null is a value of the property, which Go
	// holds as azcore.NullValue, distinct from an absent property (nil).
	Nullable bool
	// Inherited names the allOf base the field comes from, or "" for an own property.
	Inherited string
	// Constraints are the schema's validation keywords.
	Constraints Constraints
	// Default is the schema's default value, or nil.
	Default *jsonv.Value
	// Source is where the property is defined.
	Source Source
	// DependsOn is set when a rules file says the property holds the ARM resource ID of
	// another resource that must exist first; nil otherwise.
	DependsOn *Dependency
	// XML is how the property is spelled as XML (element or attribute name, wrapping, text).
	XML XMLField
}

// Constraints are a schema's validation keywords, plus prose rules attached by our rules file.
type Constraints struct {
	Minimum, Maximum                   *float64
	ExclusiveMinimum, ExclusiveMaximum bool
	MinLength, MaxLength               *int64
	Pattern                            string
	MinItems, MaxItems                 *int64
	UniqueItems                        bool
	MultipleOf                         *float64
	// Format is the schema's format when it constrains values (uuid, uri, date-time, int32...).
	Format string
	// Rules are the prose rules a rules file attaches to the property (or, in Elem, to each
	// item of an array property), in the file's order.
	Rules []RuleRef
	// Elem constrains each item of an array or each value of a map: the keywords of the
	// "items" (or "additionalProperties") schema and the rules attached as "name[]". Nil
	// when there is nothing to check.
	Elem *Constraints
}

// Empty reports whether there is nothing to check.
func (c *Constraints) Empty() bool {
	return c.Minimum == nil && c.Maximum == nil && c.MinLength == nil && c.MaxLength == nil &&
		c.Pattern == "" && c.MinItems == nil && c.MaxItems == nil && !c.UniqueItems &&
		c.MultipleOf == nil && c.Format == "" && len(c.Rules) == 0 && (c.Elem == nil || c.Elem.Empty())
}

// Enum is a typed string (or number) with named constants.
type Enum struct {
	// Name is the Go type name.
	Name string
	// SchemaName is x-ms-enum's name, or the definition name, or "" when derived.
	SchemaName string
	// Doc is the description.
	Doc string
	// Base is the underlying primitive (String in practice).
	Base Primitive
	// Values are the allowed values in the spec's order.
	Values []*EnumValue
	// ModelAsString is x-ms-enum modelAsString: when true the set is open and unknown
	// values are valid; when false (or without x-ms-enum) the set is closed.
	ModelAsString bool
	// Source is where the enum is defined.
	Source Source
}

// EnumValue is one constant of an enum.
type EnumValue struct {
	// Name is the Go constant name.
	Name string
	// Value is the wire value as its JSON literal text for numbers, or the string itself.
	Value string
	// Doc is x-ms-enum's description of the value.
	Doc string
}
