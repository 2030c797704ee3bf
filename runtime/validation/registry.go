package validation

import "sort"

// RuleKind says where a rules file attaches a rule, and so how the generated
// code calls it.
type RuleKind string

const (
	// PropertyRule is attached to one property (or to each item of an array
	// property) and called as Func(errs, path, value, args...), where path is
	// the property's (or item's) path and value a pointer to the value.
	PropertyRule RuleKind = "property"
	// ObjectRule is attached to a definition and called once per object as
	// Func(errs, path, params..., args...), where path is the object's path and
	// params are the values of the properties that the rules file lists.
	ObjectRule RuleKind = "object"
)

// RuleInfo describes a rule that a rules file (specs/rules/*.json) may name,
// so that the generator can check the file and emit calls. Every field is
// stable: the generator and the docs depend on them.
type RuleInfo struct {
	// Name identifies the rule in rules files and in Error.Rule, such as
	// "ipFilter".
	Name string
	// Func is the name of the Go function of this package that checks the
	// rule, such as "IPFilter".
	Func string
	// Kind says how the rule is attached and called.
	Kind RuleKind
	// Value is the Go type of the value argument of a PropertyRule, such as
	// "*string" or "*N" (see Params for the type parameters); "" for an
	// ObjectRule.
	Value string
	// Params describe the property values that an ObjectRule takes after the
	// path, in order; the rules file maps each to a property of the object.
	// Nil for a PropertyRule.
	Params []Param
	// Args describe the constant arguments that follow the value or the
	// params, in order; the rules file gives them as JSON values.
	Args []Arg
	// TypeParams names the type parameters of a generic Func and their
	// constraints, such as "N Integer"; the generator needs none of them, Go
	// infers them from the arguments.
	TypeParams []string
	// Doc is the rule's documentation: a one-line summary, then the spec
	// sentences it comes from and the details of what passes. The docs
	// generator shows it.
	Doc string
}

// Param describes one property value that an ObjectRule takes.
type Param struct {
	// Name is the role of the value and the JSON name of the property in the
	// definition the rule was written for, such as "storageId".
	Name string
	// Type is the Go type of the argument, such as "*string" (the property's
	// field, nil when absent) or "[]E" (an array property, nil when absent).
	Type string
}

// Arg describes one constant argument of a rule, given in the rules file.
type Arg struct {
	// Name is the argument's name in Func, such as "types".
	Name string
	// Type is the JSON type of each value in the rules file ("string",
	// "integer" or "number"); the generator writes it as a Go constant.
	Type string
	// Variadic is true for a final ...T argument, which takes every remaining
	// value of the rules file's "args" (possibly none).
	Variadic bool
}

// Rules returns every rule that a rules file may name: the prose rules (one
// per file rule_*.go) and the string formats, sorted by Name. Each call
// returns a new slice.
func Rules() []RuleInfo {
	str := "*string"
	rules := []RuleInfo{
		{Name: ARMResourceIDRule, Func: "ARMResourceID", Kind: PropertyRule, Value: str,
			Args: []Arg{{Name: "types", Type: "string", Variadic: true}}, Doc: ARMResourceIDDoc},
		{Name: ARMIDRule, Func: "ARMID", Kind: PropertyRule, Value: "*S", TypeParams: []string{"S ~string"},
			Args: []Arg{{Name: "allowed", Type: "string", Variadic: true}}, Doc: ARMIDDoc},
		{Name: DateTimeRule, Func: "DateTime", Kind: PropertyRule, Value: "*S",
			TypeParams: []string{"S ~string"}, Doc: DateTimeDoc},
		{Name: FlowLogFormatVersionRule, Func: "FlowLogFormatVersion", Kind: PropertyRule, Value: "*N",
			TypeParams: []string{"N Integer"}, Doc: FlowLogFormatVersionDoc},
		{Name: HostAddressRule, Func: "HostAddress", Kind: PropertyRule, Value: str, Doc: HostAddressDoc},
		{Name: HTTPPathRule, Func: "HTTPPath", Kind: PropertyRule, Value: str, Doc: HTTPPathDoc},
		{Name: HTTPStatusCodeRangesRule, Func: "HTTPStatusCodeRanges", Kind: PropertyRule, Value: str, Doc: HTTPStatusCodeRangesDoc},
		{Name: IPFilterRule, Func: "IPFilter", Kind: PropertyRule, Value: str, Doc: IPFilterDoc},
		{Name: IPOrPrefixRule, Func: "IPOrPrefix", Kind: PropertyRule, Value: str, Doc: IPOrPrefixDoc},
		{Name: PacketCaptureTargetRule, Func: "PacketCaptureTarget", Kind: ObjectRule,
			Params:     []Param{{"target", str}, {"targetType", "*T"}, {"scope.include", "[]E"}, {"scope.exclude", "[]E"}},
			TypeParams: []string{"T ~string", "E any"}, Doc: PacketCaptureTargetDoc},
		{Name: PortFilterRule, Func: "PortFilter", Kind: PropertyRule, Value: str, Doc: PortFilterDoc},
		{Name: RetentionDaysRule, Func: "RetentionDays", Kind: PropertyRule, Value: "*N",
			TypeParams: []string{"N Integer"}, Doc: RetentionDaysDoc},
		{Name: StorageLocationRule, Func: "StorageLocation", Kind: ObjectRule,
			Params: []Param{{"storageId", str}, {"storagePath", str}, {"filePath", str}}, Doc: StorageLocationDoc},
		{Name: SuccessThresholdRule, Func: "SuccessThreshold", Kind: ObjectRule,
			Params:     []Param{{"checksFailedPercent", "*P"}, {"roundTripTimeMs", "*R"}},
			TypeParams: []string{"P Integer", "R Number"}, Doc: SuccessThresholdDoc},
		{Name: TestFrequencyRule, Func: "TestFrequency", Kind: PropertyRule, Value: "*N",
			TypeParams: []string{"N Integer"}, Doc: TestFrequencyDoc},
		{Name: TrafficAnalyticsIntervalRule, Func: "TrafficAnalyticsInterval", Kind: PropertyRule, Value: "*N",
			TypeParams: []string{"N Integer"}, Doc: TrafficAnalyticsIntervalDoc},
		{Name: URIRule, Func: "URI", Kind: PropertyRule, Value: "*S",
			TypeParams: []string{"S ~string"}, Doc: URIDoc},
		{Name: UUIDRule, Func: "UUID", Kind: PropertyRule, Value: "*S",
			TypeParams: []string{"S ~string"}, Doc: UUIDDoc},
	}
	sort.Slice(rules, func(i, j int) bool { return rules[i].Name < rules[j].Name })
	return rules
}

// LookupRule returns the rule of Rules named name.
func LookupRule(name string) (RuleInfo, bool) {
	for _, r := range Rules() {
		if r.Name == name {
			return r, true
		}
	}
	return RuleInfo{}, false
}
