package parameterizedhost

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

// answers records each request's URL and answers from a table of URLs.
type answers struct {
	pages map[string]string
	urls  []string
}

func (a *answers) Do(req *http.Request) (*http.Response, error) {
	a.urls = append(a.urls, req.URL.String())
	body, ok := a.pages[req.URL.String()]
	status := http.StatusOK
	if !ok {
		status, body = http.StatusNotFound, `{"error":{"code":"NotFound","message":"no such URL"}}`
	}
	return &http.Response{StatusCode: status, Header: http.Header{"Content-Type": {"application/json"}},
		Body: io.NopCloser(strings.NewReader(body)), Request: req}, nil
}

func client(t *testing.T, a *answers) *ItemsClient {
	t.Helper()
	c, err := NewItemsClient("example.test:8080", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: a, InsecureAllowCredentialWithHTTP: true, Retry: policy.RetryOptions{MaxRetries: -1},
	}, DisableRPRegistration: true})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The host is the template filled in: zone (client, raw) and account (method, escaped),
// scheme from the spec; an x-ms-paths key's query is sent with the operation, once for a
// parameter the operation also declares.
func TestHostTemplateAndFixedQuery(t *testing.T) {
	a := &answers{pages: map[string]string{"http://acct.example.test:8080/items?count&format=json": `7`}}
	res, err := client(t, a).Count(context.Background(), "acct", nil)
	if err != nil || res.Value == nil || *res.Value != 7 {
		t.Fatalf("Count: %+v, %v (requests %q)", res, err, a.urls)
	}
}

// The pages after the first come from the next operation: the next link goes into its path
// as it is, with its fixed query and the first operation's arguments.
func TestNextOperation(t *testing.T) {
	base := "http://acct.example.test:8080"
	a := &answers{pages: map[string]string{
		base + "/items?api-version=2024-02-02&kind=k": `{"value":["a"],"nextLink":"page/2"}`,
		base + "/items/page/2?next=1&kind=k":          `{"value":["b"],"nextLink":"page/3?token=x"}`,
		base + "/items/page/3?next=1&kind=k&token=x":  `{"value":["c"]}`,
	}}
	p := client(t, a).NewListPager("k", "acct", nil)
	var got []string
	for p.More() {
		page, err := p.NextPage(context.Background())
		if err != nil {
			t.Fatalf("after %v: %v (requests %q)", got, err, a.urls)
		}
		for _, v := range page.Value {
			got = append(got, *v)
		}
	}
	if strings.Join(got, ",") != "a,b,c" {
		t.Errorf("items %v, want a,b,c (requests %q)", got, a.urls)
	}
}
