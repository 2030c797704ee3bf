package querysemicolons

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

// urls records each request's URL and answers 200.
type urls struct{ seen []string }

func (u *urls) Do(req *http.Request) (*http.Response, error) {
	u.seen = append(u.seen, req.URL.String())
	return &http.Response{StatusCode: http.StatusOK, Header: http.Header{}, Body: io.NopCloser(strings.NewReader("")), Request: req}, nil
}

// The pairs of an x-ms-paths key's query, separated by ';' in the spec, are sent joined by
// '&' before the operation's own query parameters; a pair that names a declared parameter
// (op) is left to that parameter, so it is sent once.
func TestSemicolonQuery(t *testing.T) {
	u := &urls{}
	c, err := NewFilesClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: u, Retry: policy.RetryOptions{MaxRetries: -1},
	}, DisableRPRegistration: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.AppendAndFlush(context.Background(), "a.txt", nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Append(context.Background(), "a.txt", "APPEND", nil); err != nil {
		t.Fatal(err)
	}
	want := []string{
		"https://management.azure.com/webhdfs/v1/a.txt?op=APPEND&append=true&flush=true&api-version=2016-11-01",
		"https://management.azure.com/webhdfs/v1/a.txt?append=true&api-version=2016-11-01&op=APPEND",
	}
	if strings.Join(u.seen, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests\n%s\nwant\n%s", strings.Join(u.seen, "\n"), strings.Join(want, "\n"))
	}
}
