package azurereport

import (
	"context"
	"testing"
)

// The server's Azure coverage endpoint, read through the generated client.
func TestAzureReport(t *testing.T) {
	c, err := NewAutoRestReportServiceForAzureClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.GetReport(context.Background(), nil)
	ok(t, "GetReport", err)
	if _, found := r.Value["LROPutInlineComplete"]; err == nil && (!found || len(r.Value) < 100) {
		t.Errorf("GetReport: %d scenarios, want the azure report (145, with LROPutInlineComplete)", len(r.Value))
	}
}
