package validation

import "math"

// SuccessThresholdRule is the name of the rule that checks the thresholds of
// a successful connection monitor test.
const SuccessThresholdRule = "successThreshold"

// SuccessThresholdDoc documents the successThreshold rule.
const SuccessThresholdDoc = `A success threshold is a percentage from 0 to 100 and a non-negative round-trip time.
Applies to ConnectionMonitorSuccessThreshold, with the properties checksFailedPercent and roundTripTimeMs. From the spec:
checksFailedPercent: "The maximum percentage of failed checks permitted for a test to evaluate as successful."
roundTripTimeMs: "The maximum round-trip time in milliseconds permitted for a test to evaluate as successful."
A percentage of checks lies from 0 to 100; a time is finite and not negative.`

// SuccessThreshold reports, each at its own path, a checksFailedPercent
// outside 0-100 and a negative, infinite or NaN roundTripTimeMs (see
// SuccessThresholdDoc). p is the path of the ConnectionMonitorSuccessThreshold
// object. Absent values pass.
func SuccessThreshold[P Integer, R Number](errs *Errors, p Path, checksFailedPercent *P, roundTripTimeMs *R) {
	if v := checksFailedPercent; v != nil && (*v < 0 || *v > 100) {
		q := p.Field("checksFailedPercent")
		errs.add(&q, SuccessThresholdRule, "must be a percentage from 0 to 100", *v)
	}
	if v := roundTripTimeMs; v != nil && !(*v >= 0 && !math.IsInf(float64(*v), 1)) {
		q := p.Field("roundTripTimeMs")
		errs.add(&q, SuccessThresholdRule, "must be a finite number of milliseconds, 0 or more", *v)
	}
}
