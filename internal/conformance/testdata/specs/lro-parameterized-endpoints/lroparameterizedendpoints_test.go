package lroparameterizedendpoints

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// Long-running operations on a parameterized host ("https://{accountName}{host}"): the first
// request goes to the template's URL and the poller follows the relative Location header
// from there.
func TestLROParameterizedEndpoints(t *testing.T) {
	o, server, seen := hostOpts(t)
	name, port, err := net.SplitHostPort(server)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewLROWithParamaterizedEndpointsClient(":"+port, cred, o)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	freq := &runtime.PollUntilDoneOptions{Frequency: time.Millisecond}
	p, err := c.BeginPollWithParameterizedEndpoints(ctx, name, nil)
	if err == nil {
		var res LROWithParamaterizedEndpointsClientPollWithParameterizedEndpointsResponse
		res, err = p.PollUntilDone(ctx, freq)
		eqp(t, "PollWithParameterizedEndpoints result", res.Value, "success", err)
	} else {
		ok(t, "BeginPollWithParameterizedEndpoints", err)
	}
	p2, err := c.BeginPollWithConstantParameterizedEndpoints(ctx, name, nil)
	if err == nil {
		var res LROWithParamaterizedEndpointsClientPollWithConstantParameterizedEndpointsResponse
		res, err = p2.PollUntilDone(ctx, freq)
		eqp(t, "PollWithConstantParameterizedEndpoints result", res.Value, "success", err)
	} else {
		ok(t, "BeginPollWithConstantParameterizedEndpoints", err)
	}
	if len(*seen) == 0 || (*seen)[0] != "https://"+server+"/lroParameterizedEndpoints" {
		t.Errorf("first request %q, want https://%s/lroParameterizedEndpoints", *seen, server)
	}
	for _, u := range *seen {
		if !strings.HasPrefix(u, "https://"+server+"/") {
			t.Errorf("request %s left the parameterized host", u)
		}
	}
}
