package edge

// Hand-written tests of the edge spec's clients, run by TestClientsEdgeSpec inside the
// generated package: a HEAD that lists 404, and next links relative to the page's request.

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// transport answers each request with answer and records the request URLs.
type transport struct {
	urls   []string
	answer func(*http.Request) (int, string)
}

func (t *transport) Do(req *http.Request) (*http.Response, error) {
	t.urls = append(t.urls, req.URL.String())
	status, body := t.answer(req)
	return &http.Response{
		StatusCode: status, Status: http.StatusText(status), Request: req,
		Header: http.Header{"Content-Type": {"application/json"}},
		Body:   io.NopCloser(strings.NewReader(body)),
	}, nil
}

const endpoint = "https://arm.test"

func widgets(t *testing.T, tr *transport) *WidgetsClient {
	t.Helper()
	c, err := NewWidgetsClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Cloud: cloud.Configuration{
			ActiveDirectoryAuthorityHost: "https://login.invalid/",
			Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
				cloud.ResourceManager: {Audience: "https://management.core.windows.net/", Endpoint: endpoint},
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

// TestHeadSuccess: a HEAD that lists 404 reports it as Success false, not as an error; a 2xx
// is Success true; a status the spec does not list is still an *azcore.ResponseError.
func TestHeadSuccess(t *testing.T) {
	for status, want := range map[int]bool{http.StatusNoContent: true, http.StatusNotFound: false} {
		tr := &transport{answer: func(*http.Request) (int, string) { return status, "" }}
		res, err := widgets(t, tr).CheckExistence(context.Background(), "rg1", "w1", nil)
		if err != nil || res.Success != want {
			t.Errorf("status %d: Success %v, err %v; want Success %v", status, res.Success, err, want)
		}
	}
	tr := &transport{answer: func(*http.Request) (int, string) {
		return http.StatusInternalServerError, `{"error":{"code":"Boom","message":"boom"}}`
	}}
	_, err := widgets(t, tr).CheckExistence(context.Background(), "rg1", "w1", nil)
	var re *azcore.ResponseError
	if !errors.As(err, &re) || re.StatusCode != http.StatusInternalServerError {
		t.Errorf("status 500: err %v, want an *azcore.ResponseError", err)
	}
}

// TestRelativeNextLinks: a next link that is an absolute path, or a relative path, is
// resolved against the URL of the request that returned it; an absolute link is followed
// as it is, to whatever host it names. Every next link gets the client's api-version, in
// place of any the service put there (in any case); its other query parameters keep their
// encoding.
func TestRelativeNextLinks(t *testing.T) {
	list := "/subscriptions/sub1/resourceGroups/rg1/providers/Microsoft.Test/widgets"
	const av = "api-version=2023-03-03"
	pages := map[string]string{
		endpoint + list + "?" + av:                         `{"value":[{"name":"a"}],"nextLink":"/next/one?page=2"}`,
		endpoint + "/next/one?page=2&" + av:                `{"value":[{"name":"b"}],"nextLink":"two?Api-Version=old&page=3&t=1%2F1%201970"}`,
		endpoint + "/next/two?page=3&t=1%2F1%201970&" + av: `{"value":[{"name":"c"}],"nextLink":"https://other.test/abs?page=4&api-version=2020-01-01"}`,
		"https://other.test/abs?page=4&" + av:              `{"value":[{"name":"d"}],"nextLink":"../up?page=5"}`,
		"https://other.test/up?page=5&" + av:               `{"value":[{"name":"e"}]}`,
	}
	// Pages are looked up by URL with the query decoded and sorted, since azcore re-encodes
	// the query of a next link.
	norm := func(s string) string {
		u, err := url.Parse(s)
		if err != nil {
			t.Fatal(err)
		}
		u.RawQuery = u.Query().Encode()
		return u.String()
	}
	byURL := map[string]string{}
	for k, v := range pages {
		byURL[norm(k)] = v
	}
	tr := &transport{answer: func(req *http.Request) (int, string) {
		if body, ok := byURL[norm(req.URL.String())]; ok {
			return http.StatusOK, body
		}
		return http.StatusNotFound, `{"error":{"code":"NotFound","message":"no such page"}}`
	}}
	p := widgets(t, tr).NewListByResourceGroupPager("rg1", nil)
	var names []string
	for p.More() {
		page, err := p.NextPage(context.Background())
		if err != nil {
			t.Fatalf("after %v: %v (requests %q)", names, err, tr.urls)
		}
		for _, w := range page.Value {
			names = append(names, *w.Name)
		}
	}
	if got := strings.Join(names, ","); got != "a,b,c,d,e" {
		t.Errorf("items %s, want a,b,c,d,e (requests %q)", got, tr.urls)
	}
}
