package pageablemismatch

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// pages answers every request with the body its path maps to, and counts the requests.
type pages struct {
	bodies map[string]string
	n      int
}

func (p *pages) Do(req *http.Request) (*http.Response, error) {
	p.n++
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(p.bodies[req.URL.Path])), Request: req}, nil
}

func newClient(t *testing.T, p *pages) *ThingsClient {
	t.Helper()
	c, err := NewThingsClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: p, Retry: policy.RetryOptions{MaxRetries: -1},
	}, DisableRPRegistration: true})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A nextLinkName the model does not declare gives a pager of one page: the service's
// odata.nextLink is not followed. An itemName it does not declare leaves the pager as it is,
// following the declared nextLink.
func TestPagerOfMismatchedNames(t *testing.T) {
	p := &pages{bodies: map[string]string{
		"/providers/Microsoft.Things/things":        `{"value":[{"name":"a"}],"odata.nextLink":"https://management.azure.com/providers/Microsoft.Things/things2"}`,
		"/providers/Microsoft.Things/thingsByItems": `{"value":[{"name":"a"}],"nextLink":"https://management.azure.com/providers/Microsoft.Things/last"}`,
		"/providers/Microsoft.Things/last":          `{"value":[{"name":"b"}]}`,
	}}
	c := newClient(t, p)
	pager := c.NewListPager(nil)
	var names []string
	for pager.More() {
		page, err := pager.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range page.Value {
			names = append(names, *v.Name)
		}
	}
	if strings.Join(names, ",") != "a" || p.n != 1 {
		t.Errorf("NewListPager: items %v in %d requests, want [a] in 1", names, p.n)
	}
	p.n, names = 0, nil
	items := c.NewListItemsPager(nil)
	for items.More() {
		page, err := items.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range page.Value {
			names = append(names, *v.Name)
		}
	}
	if strings.Join(names, ",") != "a,b" || p.n != 2 {
		t.Errorf("NewListItemsPager: items %v in %d requests, want [a b] in 2", names, p.n)
	}
}
