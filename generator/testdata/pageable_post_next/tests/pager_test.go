package pageablepostnext

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// pages answers the first page with an absolute next link and the second with none,
// recording each request's method and URL.
type pages struct{ got []string }

func (p *pages) Do(req *http.Request) (*http.Response, error) {
	p.got = append(p.got, req.Method+" "+req.URL.String())
	body := `{"value": [{"name": "b"}]}`
	if len(p.got) == 1 {
		body = `{"value": [{"name": "a"}], "@odata.nextLink": "https://management.azure.com/subscriptions/s/providers/Microsoft.Test/states/queryResults?$skiptoken=t1"}`
	}
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(body)), Request: req}, nil
}

// TestPagesAfterTheFirstArePosts: the pager fetches the first page with States_Query and
// the next with States_NextLink, a POST to the absolute next link (not the endpoint joined
// with it), and returns the items of both pages.
func TestPagesAfterTheFirstArePosts(t *testing.T) {
	tr := &pages{}
	c, err := NewStatesClient("s", &fake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: tr}})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	pager := c.NewQueryPager(nil)
	for pager.More() {
		page, err := pager.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range page.Value {
			names = append(names, *s.Name)
		}
	}
	if strings.Join(names, ",") != "a,b" {
		t.Errorf("items %v, want a,b", names)
	}
	want := []string{
		"POST https://management.azure.com/subscriptions/s/providers/Microsoft.Test/states/queryResults?api-version=2023-01-01",
		"POST https://management.azure.com/subscriptions/s/providers/Microsoft.Test/states/queryResults?%24skiptoken=t1&api-version=2023-01-01",
	}
	if strings.Join(tr.got, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests\n%s\nwant\n%s", strings.Join(tr.got, "\n"), strings.Join(want, "\n"))
	}
}
