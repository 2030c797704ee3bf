package validation

// RetentionDaysRule is the name of the rule that checks the retention period
// of flow log records.
const RetentionDaysRule = "retentionDays"

// RetentionDaysDoc documents the retentionDays rule.
const RetentionDaysDoc = `A flow log retention period is a number of days, 0 or more.
Applies to RetentionPolicyParameters.days: "Number of days to retain flow log records." (default 0), beside
enabled: "Flag to enable/disable retention." (default false).
A count of days is not negative. The days are not checked against enabled: with retention disabled the service ignores
days, and a disabled policy with days 0 is what the service itself returns, so neither combination is an error.
Azure's documentation (not the spec) gives 0 with retention enabled the meaning "keep records forever".`

// RetentionDays reports p when v is set and negative (see RetentionDaysDoc).
// A nil v is absent and passes.
func RetentionDays[N Integer](errs *Errors, p Path, v *N) {
	if v != nil && *v < 0 {
		errs.add(&p, RetentionDaysRule, "must be a number of days, 0 or more", *v)
	}
}
