package dataplane_test

import (
	"context"
	"net/http"
	"testing"

	dataplane "example.org/golden/data_plane"
	"example.org/golden/data_plane/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// recorder records each request's URL and passes it on to the fake server.
type recorder struct {
	next policy.Transporter
	urls []string
}

func (r *recorder) Do(req *http.Request) (*http.Response, error) {
	r.urls = append(r.urls, req.URL.String())
	return r.next.Do(req)
}

// The fake routes a path whose x-ms-skip-url-encoding scope was "/" (runtime.JoinPaths
// cleans "//providers/..." to "/providers/...", as Key Vault's rbac.json shows), behind the
// host template's own path "/widgets/v1", and hands the server the scope without its
// leading slash, as for any other scope.
func TestScopeBehindHostPath(t *testing.T) {
	for scope, want := range map[string]string{"/": "", "/subscriptions/s1": "subscriptions/s1"} {
		var gotScope, gotName string
		srv := &fake.RoleDefinitionsServer{Get: func(_ context.Context, scope, name string, _ *dataplane.RoleDefinitionsClientGetOptions) (resp azfake.Responder[dataplane.RoleDefinitionsClientGetResponse], errResp azfake.ErrorResponder) {
			gotScope, gotName = scope, name
			resp.SetResponse(http.StatusOK, dataplane.RoleDefinitionsClientGetResponse{}, nil)
			return
		}}
		rec := &recorder{next: fake.NewRoleDefinitionsServerTransport(srv)}
		client, err := dataplane.NewRoleDefinitionsClient("https://acct.widgets.example", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := client.Get(context.Background(), scope, "r1", nil); err != nil {
			t.Fatalf("scope %q: %v (requests %q)", scope, err, rec.urls)
		}
		if gotScope != want || gotName != "r1" {
			t.Errorf("scope %q: the fake got scope %q and name %q, want %q and r1", scope, gotScope, gotName, want)
		}
		wantURL := "https://acct.widgets.example/widgets/v1" + map[string]string{"/": "", "/subscriptions/s1": "/subscriptions/s1"}[scope] +
			"/providers/Microsoft.Authorization/roleDefinitions/r1?api-version=1.0"
		if len(rec.urls) != 1 || rec.urls[0] != wantURL {
			t.Errorf("scope %q: requests %q, want %q", scope, rec.urls, wantURL)
		}
	}
}
