package azurespecialproperties

import (
	"context"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// x-ms-client-request-id is the caller's: without it in the context the client sends none,
// and a request ID the server does not expect is answered with a 400 *azcore.ResponseError.
func TestClientRequestIDFromCaller(t *testing.T) {
	xms, err := NewXMSClientRequestIDClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = xms.Get(context.Background(), nil)
	ok(t, "Get without a request ID", err)
	wrong := policy.WithHTTPHeader(context.Background(), map[string][]string{"x-ms-client-request-id": {"not-the-expected-id"}})
	_, err = xms.Get(wrong, nil)
	eq(t, "Get with an unexpected request ID: status", status(err), 400, nil)
}
