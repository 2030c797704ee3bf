package wire

// Hand-written tests of the wire spec's clients, run by TestClientsWireSpec inside the
// generated package: an operation that declares only errors, collectionFormat multi, and
// typed response headers.

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// answer is what the transport sends back.
type answer struct {
	status int
	header http.Header
	body   string
}

// transport answers each request with answer and records the requests.
type transport struct {
	reqs   []*http.Request
	answer func(*http.Request) answer
}

func (t *transport) Do(req *http.Request) (*http.Response, error) {
	t.reqs = append(t.reqs, req)
	a := t.answer(req)
	h := http.Header{"Content-Type": {"application/json"}}
	for k, v := range a.header {
		h[k] = v
	}
	return &http.Response{
		StatusCode: a.status, Status: http.StatusText(a.status), Request: req, Header: h,
		Body: io.NopCloser(strings.NewReader(a.body)),
	}, nil
}

func things(t *testing.T, tr *transport) *ThingsClient {
	t.Helper()
	c, err := NewThingsClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Cloud: cloud.Configuration{
			ActiveDirectoryAuthorityHost: "https://login.invalid/",
			Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
				cloud.ResourceManager: {Audience: "https://management.core.windows.net/", Endpoint: "https://arm.test"},
			},
		},
		Transport: tr,
		Retry:     policy.RetryOptions{MaxRetries: -1},
	}, DisableRPRegistration: true})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func statusOf(err error) int {
	var re *azcore.ResponseError
	if errors.As(err, &re) {
		return re.StatusCode
	}
	return 0
}

// TestOnlyErrorsDeclared: Things_Check declares 400 and default only: any 2xx succeeds,
// everything else (the declared 400 included) is an *azcore.ResponseError.
func TestOnlyErrorsDeclared(t *testing.T) {
	for status, want := range map[int]int{200: 0, 201: 0, 204: 0, 400: 400, 404: 404, 500: 500, 302: 302} {
		tr := &transport{answer: func(*http.Request) answer {
			return answer{status: status, body: `{"code":"X","message":"x"}`}
		}}
		_, err := things(t, tr).Check(context.Background(), nil)
		if got := statusOf(err); got != want || (want == 0 && err != nil) {
			t.Errorf("status %d: err %v, want status %d", status, err, want)
		}
	}
}

// TestMultiQuery: collectionFormat multi repeats the key once per item, escapes each item,
// and sends no key for an empty or absent array.
func TestMultiQuery(t *testing.T) {
	tr := &transport{answer: func(*http.Request) answer { return answer{status: 200} }}
	c := things(t, tr)
	if _, err := c.List(context.Background(), []string{"a b", "c&d", ""}, &ThingsClientListOptions{Tag: &[]string{"x,y"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.List(context.Background(), nil, &ThingsClientListOptions{Tag: &[]string{}}); err != nil {
		t.Fatal(err)
	}
	q0, q1 := tr.reqs[0].URL.Query(), tr.reqs[1].URL.Query()
	if got := q0["id"]; len(got) != 3 || got[0] != "a b" || got[1] != "c&d" || got[2] != "" {
		t.Errorf("id = %q, want [a b c&d \"\"] (query %s)", got, tr.reqs[0].URL.RawQuery)
	}
	if got := q0["tag"]; len(got) != 1 || got[0] != "x,y" {
		t.Errorf("tag = %q, want [x,y]", got)
	}
	if q1.Has("id") || q1.Has("tag") || q1.Get("api-version") != "2024-05-01" {
		t.Errorf("empty arrays: query %s, want only api-version", tr.reqs[1].URL.RawQuery)
	}
}

// TestResponseHeaders: every declared header of the success responses is a typed field,
// parsed from the response; absent headers are nil; a header named like a body property
// gets its own field; a value that does not parse is an error, not a panic.
func TestResponseHeaders(t *testing.T) {
	h := http.Header{}
	for k, v := range map[string]string{
		"x-ms-request-id": "req-1", "x-ms-count": "-7", "x-ms-total": "10000000000", "x-ms-ratio": "0.5",
		"x-ms-score": "7e120", "x-ms-done": "true", "Last-Modified": "Fri, 01 Jan 2010 12:34:56 GMT",
		"x-ms-created": "2010-01-01T12:34:56.5Z", "x-ms-hash": "aGVsbG8=", "x-ms-color": "red", "x-ms-level": "2",
		"name": "from-header",
	} {
		h.Set(k, v)
	}
	tr := &transport{answer: func(*http.Request) answer { return answer{status: 200, header: h, body: `{"name":"from-body"}`} }}
	res, err := things(t, tr).Get(context.Background(), "n1", nil)
	if err != nil {
		t.Fatal(err)
	}
	created := time.Date(2010, 1, 1, 12, 34, 56, 500000000, time.UTC)
	switch {
	case res.XMsRequestID == nil || *res.XMsRequestID != "req-1",
		res.XMsCount == nil || *res.XMsCount != -7,
		res.XMsTotal == nil || *res.XMsTotal != 10000000000,
		res.XMsRatio == nil || *res.XMsRatio != 0.5,
		res.XMsScore == nil || *res.XMsScore != 7e120,
		res.XMsDone == nil || !*res.XMsDone,
		res.LastModified == nil || *res.LastModified != "Fri, 01 Jan 2010 12:34:56 GMT",
		res.XMsCreated == nil || !res.XMsCreated.Equal(created),
		!bytes.Equal(res.XMsHash, []byte("hello")),
		res.XMsColor == nil || *res.XMsColor != ColorRed,
		res.XMsLevel == nil || *res.XMsLevel != 2,
		res.NameHeader == nil || *res.NameHeader != "from-header",
		res.Name == nil || *res.Name != "from-body",
		res.Location != nil:
		t.Errorf("headers not as sent: %+v", res)
	}

	tr = &transport{answer: func(*http.Request) answer {
		return answer{status: 201, header: http.Header{"Location": {"https://x.test/1"}, "X-Ms-Count": {"3"}}, body: `{}`}
	}}
	res, err = things(t, tr).Get(context.Background(), "n1", nil)
	if err != nil || res.Location == nil || *res.Location != "https://x.test/1" || res.XMsCount == nil || *res.XMsCount != 3 || res.XMsRequestID != nil {
		t.Errorf("201: %+v, %v", res, err)
	}

	for name, bad := range map[string]string{"x-ms-count": "many", "x-ms-done": "yes", "x-ms-created": "yesterday", "x-ms-hash": "%%", "x-ms-level": "1.5"} {
		tr := &transport{answer: func(*http.Request) answer {
			return answer{status: 200, header: http.Header{http.CanonicalHeaderKey(name): {bad}}, body: `{}`}
		}}
		_, err := things(t, tr).Get(context.Background(), "n1", nil)
		if err == nil || !strings.Contains(err.Error(), "response header "+name) {
			t.Errorf("%s: %q: err %v, want a parse error naming the header", name, bad, err)
		}
	}
}
