package report

import (
	"context"
	"testing"
)

// The server's coverage endpoints, read through the generated client: a map of scenario
// names to counts (the harness reads the same endpoints when the tests are done).
func TestReport(t *testing.T) {
	c, err := NewAutoRestReportServiceClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.GetReport(context.Background(), &AutoRestReportServiceClientGetReportOptions{Qualifier: ptr("armgen")})
	ok(t, "GetReport", err)
	if _, found := r.Value["getComplexPolymorphismValid"]; err == nil && (!found || len(r.Value) < 500) {
		t.Errorf("GetReport: %d scenarios, want the vanilla report (600+, with getComplexPolymorphismValid)", len(r.Value))
	}
	o, err := c.GetOptionalReport(context.Background(), nil)
	ok(t, "GetOptionalReport", err)
	if err == nil && len(o.Value) == 0 {
		t.Error("GetOptionalReport: no scenarios")
	}
}

func ptr[T any](v T) *T { return &v }
