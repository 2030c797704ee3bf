package ir

// ParamGroup is an x-ms-parameter-grouping group: parameters that a client method takes as
// the fields of one struct instead of as separate arguments or options fields. Operations
// that name the same group share one struct type.
type ParamGroup struct {
	// Name is the Go type of the group's struct, such as "FirstParameterGroup".
	Name string
	// Operations lists the IDs of the operations that take the group, sorted.
	Operations []string
	// Params are the group's members: every parameter of every operation in the group, once
	// per wire location and name, in the order they were first seen (operations in sorted
	// order, parameters in the spec's order).
	Params []*Parameter
}

// GroupUse is one operation's use of a parameter group.
type GroupUse struct {
	// Group is the shared group.
	Group *ParamGroup
	// Required is true when one of the operation's members of the group is required: the
	// method then takes the struct by value, else by pointer (nil sends none of them).
	Required bool
	// Params are the operation's own members of the group, in the spec's order; they are
	// also in the operation's Params (or Body), with Grouping set.
	Params []*Parameter
}
