package conformance

import (
	"errors"
	"net/http"
	"net/http/cookiejar"
	"os"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// cred is a credential that needs no identity service.
var cred = &azfake.TokenCredential{}

// jar keeps the server's scenario cookies for the whole test binary.
var jar, _ = cookiejar.New(nil)

// opts points a generated client at the AutoRest test server named by ARMGEN_TESTSERVER,
// over plain HTTP, with no retries and no resource-provider registration.
func opts(t *testing.T) *arm.ClientOptions {
	t.Helper()
	url := os.Getenv("ARMGEN_TESTSERVER")
	if url == "" {
		t.Skip("ARMGEN_TESTSERVER is not set: internal/conformance runs these tests")
	}
	return &arm.ClientOptions{
		ClientOptions: policy.ClientOptions{
			Cloud: cloud.Configuration{
				ActiveDirectoryAuthorityHost: "https://login.invalid/",
				Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
					cloud.ResourceManager: {Audience: "https://management.core.windows.net/", Endpoint: url},
				},
			},
			InsecureAllowCredentialWithHTTP: true,
			// Some scenarios (paging retries) track state in cookies. The server may close a
			// connection after an error answer, so connections are not reused.
			Transport: &http.Client{Jar: jar, Transport: &http.Transport{DisableKeepAlives: true}},
			Retry:     policy.RetryOptions{MaxRetries: -1},
		},
		DisableRPRegistration: true,
	}
}

// ok reports err as the failure of operation op.
func ok(t *testing.T, op string, err error) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: %v", op, err)
	}
}

// fails reports a nil err: the server answered op with something the client must reject.
func fails(t *testing.T, op string, err error) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: no error, want one (the server sends an invalid value)", op)
	}
}

// eq reports got != want for operation op.
func eq[T comparable](t *testing.T, op string, got, want T, err error) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: %v", op, err)
	} else if got != want {
		t.Errorf("%s: got %v, want %v", op, got, want)
	}
}

// status returns the HTTP status of an *azcore.ResponseError, or 0.
func status(err error) int {
	var re *azcore.ResponseError
	if errors.As(err, &re) {
		return re.StatusCode
	}
	return 0
}
