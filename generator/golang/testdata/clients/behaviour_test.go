package armnetwork

// Hand-written behaviour tests of the clients generated from the 2022-01-01
// networkWatcher.json, run by TestClientsAgainstFakeARM inside the generated package.

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/armgen/armgen/internal/fakearm"
)

const pcPath = "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Network/networkWatchers/nw1/packetCaptures/"

func packetCaptures(t *testing.T, srv *fakearm.Server) *PacketCapturesClient {
	t.Helper()
	c, err := NewPacketCapturesClient("sub1", &azfake.TokenCredential{}, srv.ClientOptions())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func validCapture() PacketCapture {
	target, storage := "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Compute/virtualMachines/vm1", "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Storage/storageAccounts/sa1"
	return PacketCapture{Properties: &PacketCaptureParameters{Target: &target, StorageLocation: &PacketCaptureStorageLocation{StorageID: &storage}}}
}

// TestPathParametersAreEscaped: a name with "/", "?", "#", "%" or a space stays one path
// segment, so it can never change the request path.
func TestPathParametersAreEscaped(t *testing.T) {
	for name, want := range map[string]string{
		"a/b":     "a%2Fb",
		"a/../b":  "a%2F..%2Fb",
		"../x":    "..%2Fx",
		"a?b=c":   "a%3Fb=c",
		"a#frag":  "a%23frag",
		"100%":    "100%25",
		"a b":     "a%20b",
		"..a":     "..a",
		"pc1":     "pc1",
		"ünï":     "%C3%BCn%C3%AF",
		"%2e%2e":  "%252e%252e",
		"a;b,c=d": "a%3Bb%2Cc=d",
	} {
		srv := fakearm.New(t)
		srv.Script(fakearm.Operation{Method: http.MethodGet, Path: pcPath + want, Status: http.StatusOK, Body: json.RawMessage(`{"name":"x"}`)})
		res, err := packetCaptures(t, srv).Get(context.Background(), "rg1", "nw1", name, nil)
		if err != nil {
			t.Errorf("%q: %v (requests: %+v)", name, err, srv.Requests())
			continue
		}
		if reqs := srv.Requests(); len(reqs) != 1 || reqs[0].Path != pcPath+want || *res.Name != "x" {
			t.Errorf("%q: requests %+v", name, reqs)
		}
	}
}

// TestDotSegmentsAreRejected: "." and ".." as a whole segment would be resolved away by
// path cleaning, so they are refused before any request.
func TestDotSegmentsAreRejected(t *testing.T) {
	srv := fakearm.New(t)
	c := packetCaptures(t, srv)
	for _, name := range []string{".", ".."} {
		_, err := c.Get(context.Background(), "rg1", "nw1", name, nil)
		if err == nil || !strings.Contains(err.Error(), "packetCaptureName") || !strings.Contains(err.Error(), "dot segment") {
			t.Errorf("packetCaptureName %q: err = %v", name, err)
		}
		_, err = c.BeginDelete(context.Background(), name, "nw1", "pc1", nil)
		if err == nil || !strings.Contains(err.Error(), "resourceGroupName") {
			t.Errorf("resourceGroupName %q: err = %v", name, err)
		}
	}
	if n := len(srv.Requests()); n != 0 {
		t.Errorf("%d requests sent", n)
	}
}

// TestEmptyParametersFailBeforeSending covers method arguments, the client's subscription
// ID, and pagers.
func TestEmptyParametersFailBeforeSending(t *testing.T) {
	srv := fakearm.New(t)
	c := packetCaptures(t, srv)
	ctx := context.Background()
	if _, err := c.Get(ctx, "", "nw1", "pc1", nil); err == nil || err.Error() != "parameter resourceGroupName cannot be empty" {
		t.Errorf("Get: %v", err)
	}
	if _, err := c.BeginCreate(ctx, "rg1", "", "pc1", validCapture(), nil); err == nil || !strings.Contains(err.Error(), "networkWatcherName cannot be empty") {
		t.Errorf("BeginCreate: %v", err)
	}
	if _, err := c.NewListPager("rg1", "", nil).NextPage(ctx); err == nil || !strings.Contains(err.Error(), "networkWatcherName cannot be empty") {
		t.Errorf("NewListPager: %v", err)
	}
	noSub, err := NewPacketCapturesClient("", &azfake.TokenCredential{}, srv.ClientOptions())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := noSub.Get(ctx, "rg1", "nw1", "pc1", nil); err == nil || !strings.Contains(err.Error(), "subscriptionId cannot be empty") {
		t.Errorf("empty subscription: %v", err)
	}
	if n := len(srv.Requests()); n != 0 {
		t.Errorf("%d requests sent", n)
	}
}

// TestErrorResponse: a non-success status is an *azcore.ResponseError with ARM's code.
func TestErrorResponse(t *testing.T) {
	srv := fakearm.New(t)
	srv.Script(fakearm.Operation{Method: http.MethodGet, Path: pcPath + "pc1", Status: http.StatusNotFound,
		Body: json.RawMessage(`{"error":{"code":"ResourceNotFound","message":"The packet capture pc1 was not found."}}`)})
	_, err := packetCaptures(t, srv).Get(context.Background(), "rg1", "nw1", "pc1", nil)
	var re *azcore.ResponseError
	if !errors.As(err, &re) {
		t.Fatalf("err = %v, want *azcore.ResponseError", err)
	}
	if re.ErrorCode != "ResourceNotFound" || re.StatusCode != http.StatusNotFound || !strings.Contains(err.Error(), "The packet capture pc1 was not found.") {
		t.Errorf("code %q, status %d, message %q", re.ErrorCode, re.StatusCode, err.Error())
	}
	// A success status the spec does not declare for the operation is an error too.
	srv.Script(fakearm.Operation{Method: http.MethodGet, Path: pcPath + "pc1", Status: http.StatusAccepted, Body: json.RawMessage(`{}`)})
	if _, err := packetCaptures(t, srv).Get(context.Background(), "rg1", "nw1", "pc1", nil); !errors.As(err, &re) || re.StatusCode != http.StatusAccepted {
		t.Errorf("202 on Get: %v", err)
	}
}

// TestLROFailure: an operation that ends Failed returns ARM's error code.
func TestLROFailure(t *testing.T) {
	srv := fakearm.New(t)
	srv.Script(fakearm.Operation{Method: http.MethodPut, Path: pcPath + "pc1", Status: http.StatusCreated, Body: json.RawMessage(`{"name":"pc1"}`),
		LRO: &fakearm.LRO{Async: true, Polls: 1, FailCode: "CaptureFailed"}})
	poller, err := packetCaptures(t, srv).BeginCreate(context.Background(), "rg1", "nw1", "pc1", validCapture(), nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = poller.PollUntilDone(context.Background(), &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.ErrorCode != "CaptureFailed" {
		t.Errorf("err = %v, want the operation's error code CaptureFailed", err)
	}
}

// TestCancelStopsPolling: cancelling the context ends PollUntilDone with the context's
// error, with no poll after the cancellation.
func TestCancelStopsPolling(t *testing.T) {
	srv := fakearm.New(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	polls := 0
	srv.Script(fakearm.Operation{Method: http.MethodPost, Path: "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Network/networkWatchers/nw1/nextHop",
		Status: http.StatusAccepted, LRO: &fakearm.LRO{Location: true, Forever: true},
		OnRequest: func(r fakearm.Request) {
			if r.Role == "poll-location" {
				if polls++; polls == 3 {
					cancel()
				}
			}
		}})
	c, err := NewWatchersClient("sub1", &azfake.TokenCredential{}, srv.ClientOptions())
	if err != nil {
		t.Fatal(err)
	}
	poller, err := c.BeginGetNextHop(ctx, "rg1", "nw1", NextHopParameters{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = poller.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if n := srv.Count("poll-location"); n != 3 {
		t.Errorf("%d polls, want 3 (none after the cancellation)", n)
	}

	// A short deadline interrupts the wait between polls (an hour here): the operation
	// never ends, and PollUntilDone returns the deadline's error.
	srv.Script(fakearm.Operation{Method: http.MethodPost, Path: "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Network/networkWatchers/nw1/nextHop",
		Status: http.StatusAccepted, LRO: &fakearm.LRO{Location: true, Forever: true}})
	short, cancelShort := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancelShort()
	poller, err = c.BeginGetNextHop(short, "rg1", "nw1", NextHopParameters{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err = poller.PollUntilDone(short, &runtime.PollUntilDoneOptions{Frequency: time.Hour}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("err = %v, want context.DeadlineExceeded", err)
	}
}

// TestRetryAfterIsHonoured: with a polling frequency of an hour, the operation still ends
// because the poller waits for Retry-After (one second) instead; the gaps between requests
// are at least that long.
func TestRetryAfterIsHonoured(t *testing.T) {
	srv := fakearm.New(t)
	srv.Script(fakearm.Operation{Method: http.MethodPost, Path: "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Network/networkWatchers/nw1/nextHop",
		Status: http.StatusAccepted, LRO: &fakearm.LRO{Location: true, Polls: 1, RetryAfter: "1", FinalStatus: http.StatusOK, FinalBody: json.RawMessage(`{"nextHopType":"Internet"}`)}})
	c, err := NewWatchersClient("sub1", &azfake.TokenCredential{}, srv.ClientOptions())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	poller, err := c.BeginGetNextHop(ctx, "rg1", "nw1", NextHopParameters{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := poller.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: time.Hour})
	if err != nil || res.NextHopType == nil || *res.NextHopType != NextHopTypeInternet {
		t.Fatalf("PollUntilDone: %+v, %v", res, err)
	}
	reqs := srv.Requests()
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want the first and two polls", len(reqs))
	}
	for i := 1; i < len(reqs); i++ {
		if gap := reqs[i].At.Sub(reqs[i-1].At); gap < 900*time.Millisecond {
			t.Errorf("request %d came %s after the previous one, before Retry-After (1s)", i, gap)
		}
	}
}

// TestResumeToken: a second poller made from the first one's resume token finishes the
// operation without sending it again; the call's other arguments are not needed.
func TestResumeToken(t *testing.T) {
	srv := fakearm.New(t)
	srv.Script(fakearm.Operation{Method: http.MethodPut, Path: pcPath + "pc1", Status: http.StatusCreated,
		Body: json.RawMessage(`{"name":"pc1","properties":{"provisioningState":"Updating"}}`),
		LRO:  &fakearm.LRO{Async: true, Polls: 2, FinalBody: json.RawMessage(`{"name":"pc1","properties":{"provisioningState":"Succeeded"}}`)}})
	c := packetCaptures(t, srv)
	first, err := c.BeginCreate(context.Background(), "rg1", "nw1", "pc1", validCapture(), nil)
	if err != nil {
		t.Fatal(err)
	}
	token, err := first.ResumeToken()
	if err != nil {
		t.Fatal(err)
	}
	second, err := c.BeginCreate(context.Background(), "", "", "", PacketCapture{}, &PacketCapturesClientBeginCreateOptions{ResumeToken: token})
	if err != nil {
		t.Fatal(err)
	}
	res, err := second.PollUntilDone(context.Background(), &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
	if err != nil || res.Properties == nil || *res.Properties.ProvisioningState != ProvisioningStateSucceeded {
		t.Fatalf("result %+v, %v", res, err)
	}
	if n := srv.Count("initial"); n != 1 {
		t.Errorf("the operation was started %d times", n)
	}
}

// validated is a body whose Validate fails.
type validated struct{ err error }

func (v *validated) Validate() error { return v.err }

// TestBodyValidation: bodies are sent as they are, as the Azure SDK's clients send them, and
// validated first when the options set ValidateBody. The
// hook finds Validate through an interface check, so it works whether or not the models
// have Validate methods.
func TestBodyValidation(t *testing.T) {
	cause := errors.New("properties.target is required")
	if err := validateBody("parameters", &validated{err: cause}); !errors.Is(err, cause) || !strings.Contains(err.Error(), "parameter parameters is invalid") {
		t.Errorf("validateBody = %v", err)
	}
	if err := validateBody("parameters", &validated{}); err != nil {
		t.Errorf("valid body: %v", err)
	}
	if err := validateBody("parameters", struct{}{}); err != nil {
		t.Errorf("body without Validate: %v", err)
	}

	if _, ok := any(&PacketCapture{}).(interface{ Validate() error }); !ok {
		t.Log("models have no Validate method yet; the client check was covered by validateBody alone")
		return
	}
	srv := fakearm.New(t)
	srv.Script(fakearm.Operation{Method: http.MethodPut, Path: pcPath + "pc1", Status: http.StatusCreated, Body: json.RawMessage(`{"name":"pc1"}`)})
	c := packetCaptures(t, srv)
	if _, err := c.BeginCreate(context.Background(), "rg1", "nw1", "pc1", PacketCapture{}, &PacketCapturesClientBeginCreateOptions{ValidateBody: true}); err == nil || !strings.Contains(err.Error(), "ValidateBody") {
		t.Errorf("invalid body: err = %v", err)
	}
	if n := len(srv.Requests()); n != 0 {
		t.Errorf("invalid body sent (%d requests)", n)
	}
	if _, err := c.BeginCreate(context.Background(), "rg1", "nw1", "pc1", PacketCapture{}, nil); err != nil {
		t.Errorf("without ValidateBody: %v", err)
	}
	if reqs := srv.Requests(); len(reqs) != 1 || string(reqs[0].Body) != "{}" {
		t.Errorf("without ValidateBody: requests %+v", reqs)
	}
}

// TestPagerFollowsNextLinks: every page is fetched through the previous page's nextLink,
// which keeps the api-version.
func TestPagerFollowsNextLinks(t *testing.T) {
	srv := fakearm.New(t)
	path := "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Network/networkWatchers/nw1/flowLogs"
	srv.Script(fakearm.Operation{Method: http.MethodGet, Path: path, NextLinkName: "nextLink", Pages: []json.RawMessage{
		json.RawMessage(`{"value":[{"name":"a"}]}`), json.RawMessage(`{"value":[]}`), json.RawMessage(`{"value":[{"name":"b"},{"name":"c"}]}`),
	}})
	c, err := NewFlowLogsClient("sub1", &azfake.TokenCredential{}, srv.ClientOptions())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	pager := c.NewListPager("rg1", "nw1", nil)
	for pager.More() {
		page, err := pager.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, fl := range page.Value {
			names = append(names, *fl.Name)
		}
	}
	if strings.Join(names, ",") != "a,b,c" {
		t.Errorf("items %v", names)
	}
	for i, r := range srv.Requests() {
		if r.Role != "page" || !strings.Contains(r.Query, "api-version=2022-01-01") {
			t.Errorf("request %d: %s %s?%s (%s)", i, r.Method, r.Path, r.Query, r.Role)
		}
	}
	if n := srv.Count("page"); n != 3 {
		t.Errorf("%d page requests, want 3", n)
	}
}
