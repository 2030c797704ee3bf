package diff

import "strings"

// Rule names a kind of change. The names follow Azure's openapi-diff rule names where one
// exists (RuleInfo.OAD gives its number).
type Rule string

// The rules. RuleInfos says when each is breaking.
const (
	AddedOperation              Rule = "AddedOperation"
	RemovedOperation            Rule = "RemovedOperation"
	ChangedOperationID          Rule = "ChangedOperationId"
	ChangedPath                 Rule = "ChangedPath"
	ChangedMethod               Rule = "ChangedMethod"
	AddedParameter              Rule = "AddedParameter"
	RemovedParameter            Rule = "RemovedParameter"
	ChangedParameterIn          Rule = "ChangedParameterIn"
	ChangedParameterRequired    Rule = "ChangedParameterRequired"
	ChangedParameterType        Rule = "ChangedParameterType"
	ChangedParameterConstraint  Rule = "ChangedParameterConstraint"
	AddedResponseCode           Rule = "AddedResponseCode"
	RemovedResponseCode         Rule = "RemovedResponseCode"
	ChangedResponseType         Rule = "ChangedResponseType"
	ChangedLongRunning          Rule = "ChangedLongRunning"
	ChangedFinalStateVia        Rule = "ChangedFinalStateVia"
	ChangedPageable             Rule = "ChangedPageable"
	AddedProperty               Rule = "AddedProperty"
	RemovedProperty             Rule = "RemovedProperty"
	ChangedPropertyType         Rule = "ChangedPropertyType"
	ChangedPropertyFormat       Rule = "ChangedPropertyFormat"
	ChangedPropertyRequired     Rule = "ChangedPropertyRequired"
	ChangedPropertyReadOnly     Rule = "ChangedPropertyReadOnly"
	ChangedPropertyConstraint   Rule = "ChangedPropertyConstraint"
	ChangedPropertyDefault      Rule = "ChangedPropertyDefault"
	AddedAdditionalProperties   Rule = "AddedAdditionalProperties"
	RemovedAdditionalProperties Rule = "RemovedAdditionalProperties"
	ChangedDiscriminator        Rule = "ChangedDiscriminator"
	AddedModel                  Rule = "AddedModel"
	RemovedModel                Rule = "RemovedModel"
	AddedEnumValue              Rule = "AddedEnumValue"
	RemovedEnumValue            Rule = "RemovedEnumValue"
	ChangedModelAsString        Rule = "ChangedModelAsString"
	AddedEnum                   Rule = "AddedEnum"
	RemovedEnum                 Rule = "RemovedEnum"
)

// RuleInfo documents one rule.
type RuleInfo struct {
	// Rule is the rule's name.
	Rule Rule
	// OAD is the matching Azure openapi-diff rule number(s), or "".
	OAD string
	// Breaking says when the change is breaking.
	Breaking string
}

// RuleInfos returns every rule with the condition that makes it breaking, in the order of
// the table in the package documentation.
func RuleInfos() []RuleInfo {
	return []RuleInfo{
		{AddedOperation, "1038, 1039", "never"},
		{RemovedOperation, "1005, 1035", "always"},
		{ChangedOperationID, "1008", "always (an operation with the same method and path got a new operationId: the Go method is renamed)"},
		{ChangedPath, "1005", "always"},
		{ChangedMethod, "", "always"},
		{AddedParameter, "1010, 1043", "when the parameter (or request body) is required"},
		{RemovedParameter, "1007, 1009, 1046", "always (clients still send it)"},
		{ChangedParameterIn, "1015", "always"},
		{ChangedParameterRequired, "1025", "optional to required; required to optional is not"},
		{ChangedParameterType, "1023, 1026", "always"},
		{ChangedParameterConstraint, "1024, 1036, 1037", "when the constraint is stronger (requests that passed may fail)"},
		{AddedResponseCode, "1011", "for a success status code (clients do not expect it); an error code or default is not"},
		{RemovedResponseCode, "1012", "for a success status code; an error code or default is not"},
		{ChangedResponseType, "1023, 1026", "always (body added, removed, or of another JSON type)"},
		{ChangedLongRunning, "1044", "always (x-ms-long-running-operation toggled: the client polls or does not)"},
		{ChangedFinalStateVia, "1044", "always (the final result is fetched from another place)"},
		{ChangedPageable, "", "always (x-ms-pageable toggled, or nextLinkName/itemName changed)"},
		{AddedProperty, "1034, 1040, 1041, 1045", "when it is required and the model is input and the property is not readOnly; an optional property, or any new property of an output-only model, is not"},
		{RemovedProperty, "1033", "always: output clients read it; input clients send it"},
		{ChangedPropertyType, "1026", "always, except integer widening (int32 to int64) in input-only and narrowing (int64 to int32) in output-only models"},
		{ChangedPropertyFormat, "1023", "always"},
		{ChangedPropertyRequired, "1025", "optional to required when input (and not readOnly); required to optional when output"},
		{ChangedPropertyReadOnly, "1029", "to readOnly when input (the service ignores what clients send); from readOnly when input and the property is required"},
		{ChangedPropertyConstraint, "1024, 1036, 1037", "stronger when input; weaker when output; a changed pattern in either"},
		{ChangedPropertyDefault, "1027", "when input (omitting the property means something else)"},
		{AddedAdditionalProperties, "1021", "never"},
		{RemovedAdditionalProperties, "1022", "always"},
		{ChangedDiscriminator, "1030", "always"},
		{AddedModel, "", "never (a new definition reached from a new operation or property)"},
		{RemovedModel, "1006", "never by itself: whatever reached it (an operation, property or response) is reported and classified"},
		{AddedEnumValue, "1020", "when output and the enum is closed (modelAsString false): clients meet a value they do not know"},
		{RemovedEnumValue, "1019", "always: input clients send it, output clients handle it"},
		{ChangedModelAsString, "1047", "open to closed when input (values the service accepted are refused); closed to open when output (clients meet values outside the list)"},
		{AddedEnum, "1048", "never"},
		{RemovedEnum, "1049", "never by itself (see RemovedModel)"},
	}
}

// inverse returns the rule diff(b, a) reports for a change diff(a, b) reports as r.
func (r Rule) inverse() Rule {
	s := string(r)
	switch {
	case strings.HasPrefix(s, "Added"):
		return Rule("Removed" + strings.TrimPrefix(s, "Added"))
	case strings.HasPrefix(s, "Removed"):
		return Rule("Added" + strings.TrimPrefix(s, "Removed"))
	}
	return r
}

// feature reports whether a non-breaking change adds something (Features added in the
// changelog) rather than altering it (Other).
func (r Rule) feature() bool { return strings.HasPrefix(string(r), "Added") }
