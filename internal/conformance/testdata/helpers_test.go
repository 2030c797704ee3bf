package conformance

import (
	"errors"
	"net/http"
	"net/http/cookiejar"
	"net/url"
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

// eqp reports got == nil or *got != want for operation op (a response's Value points to
// its scalar result, as in the Azure SDK).
func eqp[T comparable](t *testing.T, op string, got *T, want T, err error) {
	t.Helper()
	switch {
	case err != nil:
		t.Errorf("%s: %v", op, err)
	case got == nil:
		t.Errorf("%s: got nil, want %v", op, want)
	case *got != want:
		t.Errorf("%s: got %v, want %v", op, *got, want)
	}
}

// null reports a non-nil got: the server answered op with JSON null.
func null[T any](t *testing.T, op string, got *T, err error) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: %v", op, err)
	} else if got != nil {
		t.Errorf("%s: got %v, want nil (null)", op, *got)
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

// hostOpts is opts(t) for the clients of a spec with x-ms-parameterized-host, whose URLs come
// from the host template rather than from the options' endpoint. It returns the test server's
// host ("127.0.0.1:N") to fill the template with, and a log of the URLs the client asked
// for. The server speaks plain HTTP only: a request for its host over https (the scheme a
// template with useSchemePrefix gets when the spec lists no schemes) is sent over http.
func hostOpts(t *testing.T) (*arm.ClientOptions, string, *[]string) {
	t.Helper()
	o := opts(t)
	u, err := url.Parse(os.Getenv("ARMGEN_TESTSERVER"))
	if err != nil {
		t.Fatal(err)
	}
	seen := &[]string{}
	o.Transport = &toServer{next: o.Transport, host: u.Host, seen: seen}
	return o, u.Host, seen
}

// toServer records each request's URL and sends https requests for host over http.
type toServer struct {
	next policy.Transporter
	host string
	seen *[]string
}

func (s *toServer) Do(req *http.Request) (*http.Response, error) {
	*s.seen = append(*s.seen, req.URL.String())
	if req.URL.Scheme != "https" || req.URL.Host != s.host {
		return s.next.Do(req)
	}
	sent := req.Clone(req.Context())
	sent.URL.Scheme = "http"
	resp, err := s.next.Do(sent)
	if resp != nil {
		resp.Request = req // the client sees the URL it asked for
	}
	return resp, err
}

// ptrSlice returns a slice of pointers to copies of s's elements (the generated API's
// slices hold pointers), or nil for a nil s.
func ptrSlice[T any](s []T) []*T {
	if s == nil {
		return nil
	}
	out := make([]*T, len(s))
	for i := range s {
		v := s[i]
		out[i] = &v
	}
	return out
}

// ptrMap returns a map of pointers to copies of m's values, or nil for a nil m.
func ptrMap[T any](m map[string]T) map[string]*T {
	if m == nil {
		return nil
	}
	out := make(map[string]*T, len(m))
	for k, v := range m {
		v := v
		out[k] = &v
	}
	return out
}

// val returns *p, or the zero value for a nil p.
func val[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}
