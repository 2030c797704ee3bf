package examplebodies_test

import (
	"context"
	"net/http"
	"testing"

	"example.org/golden/example_bodies"
	"example.org/golden/example_bodies/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
)

// adminsClient is a client whose Delete is served by a fake answering status with resp.
func adminsClient(t *testing.T, status int, resp examplebodies.AdminsClientDeleteResponse) *examplebodies.AdminsClient {
	t.Helper()
	srv := &fake.AdminsServer{Delete: func(ctx context.Context, name string, options *examplebodies.AdminsClientDeleteOptions) (r azfake.Responder[examplebodies.AdminsClientDeleteResponse], e azfake.ErrorResponder) {
		r.SetResponse(status, resp, nil)
		return
	}}
	client, err := examplebodies.NewAdminsClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: fake.NewAdminsServerTransport(srv)}})
	if err != nil {
		t.Fatal(err)
	}
	return client
}

// TestNoContentHasNoBody: the fake answers a 204 without a body even when the spec gives
// the 204 a schema and the responder a value, as a real server does; the client returns
// the zero result.
func TestNoContentHasNoBody(t *testing.T) {
	admin := examplebodies.AdminsClientDeleteResponse{Admin: examplebodies.Admin{Login: to.Ptr("a1")}}
	res, err := adminsClient(t, http.StatusNoContent, admin).Delete(context.Background(), "admin1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Login != nil {
		t.Errorf("a 204 carried a body: Login = %q", *res.Login)
	}
	// A 200 still carries its body.
	res, err = adminsClient(t, http.StatusOK, admin).Delete(context.Background(), "admin1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Login == nil || *res.Login != "a1" {
		t.Errorf("200: Login = %v, want a1", res.Login)
	}
}
