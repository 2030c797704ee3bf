package nestedqueryarray_test

import (
	"context"
	"fmt"
	"net/http"
	"testing"

	nestedqueryarray "example.org/golden/nested_query_array"
	"example.org/golden/nested_query_array/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// recorder records each request's URL and header and passes it on to the fake server.
type recorder struct {
	next   policy.Transporter
	url    string
	header string
}

func (r *recorder) Do(req *http.Request) (*http.Response, error) {
	// The client sets the header under the spec's spelling, which Get would canonicalize.
	r.url, r.header = req.URL.String(), fmt.Sprint(req.Header["x-ms-tags"])
	return r.next.Do(req)
}

// An array parameter of arrays is sent with each inner array joined by the items'
// collectionFormat and the items by the parameter's (or one key per item for multi), and
// the fake server parses it back into the same [][]T.
func TestNestedArrayParameters(t *testing.T) {
	var got string
	srv := &fake.GridsServer{Get: func(_ context.Context, rows [][]int32, options *nestedqueryarray.GridsClientGetOptions) (resp azfake.Responder[nestedqueryarray.GridsClientGetResponse], errResp azfake.ErrorResponder) {
		got = fmt.Sprint(rows, options.Point, options.XMSTags)
		resp.SetResponse(http.StatusOK, nestedqueryarray.GridsClientGetResponse{}, nil)
		return
	}}
	rec := &recorder{next: fake.NewGridsServerTransport(srv)}
	client, err := nestedqueryarray.NewGridsClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = client.Get(context.Background(), [][]int32{{1, 2}, {3}}, &nestedqueryarray.GridsClientGetOptions{
		Point:   [][]string{{"a", "b"}, {"c"}},
		XMSTags: [][]bool{{true, false}, {true}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "https://management.azure.com/providers/Microsoft.Grids/grid?api-version=2024-01-01&point=a%7Cb&point=c&rows=1%2C2%7C3"; rec.url != want {
		t.Errorf("URL %s, want %s", rec.url, want)
	}
	if want := "[true false,true]"; rec.header != want {
		t.Errorf("x-ms-tags %q, want %q", rec.header, want)
	}
	if want := "[[1 2] [3]] [[a b] [c]] [[true false] [true]]"; got != want {
		t.Errorf("the fake got %s, want %s", got, want)
	}
}
