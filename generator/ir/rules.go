package ir

import "github.com/armgen/armgen/generator/jsonv"

// RuleRef attaches a prose rule of the runtime package runtime/validation to a property,
// as a rules file (specs/rules/README.md) says. The generated code calls
// validation.<Func>(errs, path, pointer to the value, Args...).
type RuleRef struct {
	// Name is the rule's name in the rules file and in validation errors, such as "ipFilter".
	Name string
	// Func is the name of the Go function of runtime/validation that checks it, such as
	// "IPFilter".
	Func string
	// Args are the rule's constant arguments in order, as JSON strings or numbers.
	Args []*jsonv.Value
	// Doc is the rule's documentation (validation.RuleInfo.Doc), for the docs.
	Doc string
}

// ObjectRuleRef attaches a prose rule about a whole object to a model. The generated code
// calls validation.<Func>(errs, path of the object, the value of each param..., Args...).
type ObjectRuleRef struct {
	RuleRef
	// Params are the properties whose values the rule takes, in the rule's order.
	Params []RuleParam
}

// RuleParam is one property value that an object rule takes.
type RuleParam struct {
	// Path is the property's JSON name, or a dotted path through object properties such as
	// "scope.include".
	Path string
	// Fields are the model's fields along Path, one per step; the value is nil (the Go zero
	// value) when an object on the way is absent.
	Fields []*Field
}

// Dependency says that a property holds the ARM resource ID of another resource, which
// must exist first (a rules file's "dependencies"; GruCloud's dependency detection).
type Dependency struct {
	// Group is the GruCloud group: the ARM namespace without "Microsoft.", such as "Storage".
	Group string
	// Type is the GruCloud type: the singular PascalCase ARM type, such as "StorageAccount".
	Type string
	// ResourceType is the ARM resource type, such as "Microsoft.Storage/storageAccounts".
	ResourceType string
}
