package validation

// TrafficAnalyticsIntervalRule is the name of the rule that checks how often
// traffic analytics processes flow logs.
const TrafficAnalyticsIntervalRule = "trafficAnalyticsInterval"

// TrafficAnalyticsIntervalDoc documents the trafficAnalyticsInterval rule.
const TrafficAnalyticsIntervalDoc = `A traffic analytics interval is 10 or 60 minutes.
Applies to TrafficAnalyticsConfigurationProperties.trafficAnalyticsInterval: "The interval in minutes which would decide
how frequently TA service should do flow analytics."
The spec gives the unit (minutes) but not the values; the values 10 and 60 come from Azure's traffic analytics
documentation, which offers exactly these two processing intervals. The examples use 60.`

// TrafficAnalyticsInterval reports p when v is set and is neither 10 nor 60
// (see TrafficAnalyticsIntervalDoc). A nil v is absent and passes.
func TrafficAnalyticsInterval[N Integer](errs *Errors, p Path, v *N) {
	if v != nil && *v != 10 && *v != 60 {
		errs.add(&p, TrafficAnalyticsIntervalRule, "must be 10 or 60 (minutes)", *v)
	}
}
