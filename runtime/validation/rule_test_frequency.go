package validation

// TestFrequencyRule is the name of the rule that checks how often a connection
// monitor test runs.
const TestFrequencyRule = "testFrequency"

// TestFrequencyDoc documents the testFrequency rule.
const TestFrequencyDoc = `A test frequency is a positive number of seconds.
Applies to ConnectionMonitorTestConfiguration.testFrequencySec: "The frequency of test evaluation, in seconds."
A test evaluated every 0 or a negative number of seconds is meaningless, so the value must be at least 1. The spec states
no upper bound and no set of allowed values, so none is checked.`

// TestFrequency reports p when v is set and is not a positive number of
// seconds (see TestFrequencyDoc). A nil v is absent and passes.
func TestFrequency[N Integer](errs *Errors, p Path, v *N) {
	if v != nil && *v <= 0 {
		errs.add(&p, TestFrequencyRule, "must be a positive number of seconds", *v)
	}
}
