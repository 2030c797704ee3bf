package validation

// FlowLogFormatVersionRule is the name of the rule that checks the version of
// the flow log format.
const FlowLogFormatVersionRule = "flowLogFormatVersion"

// FlowLogFormatVersionDoc documents the flowLogFormatVersion rule.
const FlowLogFormatVersionDoc = `A flow log format version is 0 (the default), 1 or 2.
Applies to FlowLogFormatParameters.version: "The version (revision) of the flow log." (format int32, default 0).
The spec names no versions; the allowed values come from Azure's NSG flow log documentation, which defines
version 1 and version 2 of the JSON format, and from the spec's default 0, which leaves the choice to the service.
Revisit this rule when Azure documents a new version.`

// FlowLogFormatVersion reports p when v is set and is not 0, 1 or 2 (see
// FlowLogFormatVersionDoc). A nil v is absent and passes.
func FlowLogFormatVersion[N Integer](errs *Errors, p Path, v *N) {
	if v != nil && *v != 0 && *v != 1 && *v != 2 {
		errs.add(&p, FlowLogFormatVersionRule, "must be 0 (the service default), 1 or 2", *v)
	}
}
