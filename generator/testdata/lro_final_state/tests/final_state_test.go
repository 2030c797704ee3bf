package lrofinalstate

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// service answers the POST with 202 and a Location, and the Location with the run's result.
type service struct{ requests []string }

func (s *service) Do(req *http.Request) (*http.Response, error) {
	s.requests = append(s.requests, req.Method+" "+req.URL.Path)
	resp := &http.Response{Header: http.Header{"Content-Type": {"application/json"}}, Request: req, Body: io.NopCloser(strings.NewReader(""))}
	switch {
	case req.Method == http.MethodPost:
		resp.StatusCode = http.StatusAccepted
		resp.Header.Set("Location", "https://management.azure.com/operations/run1")
	case req.URL.Path == "/operations/run1":
		resp.StatusCode = http.StatusOK
		resp.Body = io.NopCloser(strings.NewReader(`{"exitCode":3,"output":"done"}`))
	default:
		resp.StatusCode = http.StatusNotFound
	}
	return resp, nil
}

// final-state-schema: the 202 declares no body, and the poller returns the RunResult that
// the final-state-via location response holds.
func TestFinalStateSchema(t *testing.T) {
	s := &service{}
	c, err := NewJobsClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: s, Retry: policy.RetryOptions{MaxRetries: -1},
	}, DisableRPRegistration: true})
	if err != nil {
		t.Fatal(err)
	}
	poller, err := c.BeginRun(context.Background(), "rg", "job1", nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := poller.PollUntilDone(context.Background(), &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
	if err != nil {
		t.Fatalf("%v (requests %q)", err, s.requests)
	}
	var r RunResult = res.RunResult
	if r.ExitCode == nil || *r.ExitCode != 3 || r.Output == nil || *r.Output != "done" {
		t.Errorf("result %+v, want exit code 3 and output done (requests %q)", r, s.requests)
	}
}
