package httpinfrastructure

import (
	"context"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
)

// call is one client method called with no arguments, and the status the test expects:
// 0 for success, otherwise the *azcore.ResponseError's status.
type call struct {
	name string
	do   func() error
	want int
}

func run(t *testing.T, calls []call) {
	t.Helper()
	for _, c := range calls {
		err := c.do()
		if c.want == 0 {
			ok(t, c.name, err)
			continue
		}
		if got := status(err); got != c.want {
			t.Errorf("%s: got status %d (err %v), want an *azcore.ResponseError with status %d", c.name, got, err, c.want)
		}
	}
}

func newClient[C any](t *testing.T, ctor func(*arm.ClientOptions) (*C, error), o *arm.ClientOptions) *C {
	t.Helper()
	c, err := ctor(o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestHTTPClientFailure(t *testing.T) {
	ctx := context.Background()
	o := opts(t)
	c := newClient(t, func(o *arm.ClientOptions) (*HTTPClientFailureClient, error) {
		return NewHTTPClientFailureClient(cred, o)
	}, o)
	run(t, []call{
		{"Delete400", func() error { _, err := c.Delete400(ctx, nil); return err }, 400},
		{"Delete407", func() error { _, err := c.Delete407(ctx, nil); return err }, 407},
		{"Delete417", func() error { _, err := c.Delete417(ctx, nil); return err }, 417},
		{"Get400", func() error { _, err := c.Get400(ctx, nil); return err }, 400},
		{"Get402", func() error { _, err := c.Get402(ctx, nil); return err }, 402},
		{"Get403", func() error { _, err := c.Get403(ctx, nil); return err }, 403},
		{"Get411", func() error { _, err := c.Get411(ctx, nil); return err }, 411},
		{"Get412", func() error { _, err := c.Get412(ctx, nil); return err }, 412},
		{"Get416", func() error { _, err := c.Get416(ctx, nil); return err }, 416},
		{"Head400", func() error { _, err := c.Head400(ctx, nil); return err }, 400},
		{"Head401", func() error { _, err := c.Head401(ctx, nil); return err }, 401},
		{"Head410", func() error { _, err := c.Head410(ctx, nil); return err }, 410},
		{"Head429", func() error { _, err := c.Head429(ctx, nil); return err }, 429},
		{"Options400", func() error { _, err := c.Options400(ctx, nil); return err }, 400},
		{"Options403", func() error { _, err := c.Options403(ctx, nil); return err }, 403},
		{"Options412", func() error { _, err := c.Options412(ctx, nil); return err }, 412},
		{"Patch400", func() error { _, err := c.Patch400(ctx, nil); return err }, 400},
		{"Patch405", func() error { _, err := c.Patch405(ctx, nil); return err }, 405},
		{"Patch414", func() error { _, err := c.Patch414(ctx, nil); return err }, 414},
		{"Post400", func() error { _, err := c.Post400(ctx, nil); return err }, 400},
		{"Post406", func() error { _, err := c.Post406(ctx, nil); return err }, 406},
		{"Post415", func() error { _, err := c.Post415(ctx, nil); return err }, 415},
		{"Put400", func() error { _, err := c.Put400(ctx, nil); return err }, 400},
		{"Put404", func() error { _, err := c.Put404(ctx, nil); return err }, 404},
		{"Put409", func() error { _, err := c.Put409(ctx, nil); return err }, 409},
		{"Put413", func() error { _, err := c.Put413(ctx, nil); return err }, 413},
	})
}

func TestHTTPServerFailure(t *testing.T) {
	ctx := context.Background()
	o := opts(t)
	c := newClient(t, func(o *arm.ClientOptions) (*HTTPServerFailureClient, error) {
		return NewHTTPServerFailureClient(cred, o)
	}, o)
	run(t, []call{
		{"Delete505", func() error { _, err := c.Delete505(ctx, nil); return err }, 505},
		{"Get501", func() error { _, err := c.Get501(ctx, nil); return err }, 501},
		{"Head501", func() error { _, err := c.Head501(ctx, nil); return err }, 501},
		{"Post505", func() error { _, err := c.Post505(ctx, nil); return err }, 505},
	})
}

// TestHTTPSuccess: Options200 is not called: this server version has no route for it
// (express answers OPTIONS with its own text body).
func TestHTTPSuccess(t *testing.T) {
	ctx := context.Background()
	o := opts(t)
	c := newClient(t, func(o *arm.ClientOptions) (*HTTPSuccessClient, error) { return NewHTTPSuccessClient(cred, o) }, o)
	run(t, []call{
		{"Delete200", func() error { _, err := c.Delete200(ctx, nil); return err }, 0},
		{"Delete202", func() error { _, err := c.Delete202(ctx, nil); return err }, 0},
		{"Delete204", func() error { _, err := c.Delete204(ctx, nil); return err }, 0},
		{"Get200", func() error { _, err := c.Get200(ctx, nil); return err }, 0},
		{"Head200", func() error { _, err := c.Head200(ctx, nil); return err }, 0},
		{"Head204", func() error { _, err := c.Head204(ctx, nil); return err }, 0},
		{"Head404", func() error { _, err := c.Head404(ctx, nil); return err }, 0},
		{"Patch200", func() error { _, err := c.Patch200(ctx, nil); return err }, 0},
		{"Patch202", func() error { _, err := c.Patch202(ctx, nil); return err }, 0},
		{"Patch204", func() error { _, err := c.Patch204(ctx, nil); return err }, 0},
		{"Post200", func() error { _, err := c.Post200(ctx, nil); return err }, 0},
		{"Post201", func() error { _, err := c.Post201(ctx, nil); return err }, 0},
		{"Post202", func() error { _, err := c.Post202(ctx, nil); return err }, 0},
		{"Post204", func() error { _, err := c.Post204(ctx, nil); return err }, 0},
		{"Put200", func() error { _, err := c.Put200(ctx, nil); return err }, 0},
		{"Put201", func() error { _, err := c.Put201(ctx, nil); return err }, 0},
		{"Put202", func() error { _, err := c.Put202(ctx, nil); return err }, 0},
		{"Put204", func() error { _, err := c.Put204(ctx, nil); return err }, 0},
	})
}

func TestHTTPRetry(t *testing.T) {
	ctx := context.Background()
	// The server answers the first request with the error status and the retry with 200:
	// azcore's retry policy retries 408, 500, 502, 503 and 504.
	o := opts(t)
	o.Retry.MaxRetries = 3
	o.Retry.RetryDelay = 10 * time.Millisecond
	o.Retry.MaxRetryDelay = 50 * time.Millisecond
	c := newClient(t, func(o *arm.ClientOptions) (*HTTPRetryClient, error) { return NewHTTPRetryClient(cred, o) }, o)
	run(t, []call{
		{"Delete503", func() error { _, err := c.Delete503(ctx, nil); return err }, 0},
		{"Get502", func() error { _, err := c.Get502(ctx, nil); return err }, 0},
		{"Head408", func() error { _, err := c.Head408(ctx, nil); return err }, 0},
		{"Options502", func() error { _, err := c.Options502(ctx, nil); return err }, 0},
		{"Patch500", func() error { _, err := c.Patch500(ctx, nil); return err }, 0},
		{"Patch504", func() error { _, err := c.Patch504(ctx, nil); return err }, 0},
		{"Post503", func() error { _, err := c.Post503(ctx, nil); return err }, 0},
		{"Put500", func() error { _, err := c.Put500(ctx, nil); return err }, 0},
		{"Put504", func() error { _, err := c.Put504(ctx, nil); return err }, 0},
	})
}

// MultipleResponses: a status the spec lists is a success (its body decoded); any other
// status, 2xx included, is an *azcore.ResponseError.
func TestMultipleResponses(t *testing.T) {
	ctx := context.Background()
	c := newClient(t, func(o *arm.ClientOptions) (*MultipleResponsesClient, error) {
		return NewMultipleResponsesClient(cred, o)
	}, opts(t))
	run(t, []call{
		{"Get200Model201ModelDefaultError200Valid", func() error { _, err := c.Get200Model201ModelDefaultError200Valid(ctx, nil); return err }, 0},
		{"Get200Model201ModelDefaultError201Valid", func() error { _, err := c.Get200Model201ModelDefaultError201Valid(ctx, nil); return err }, 0},
		{"Get200Model201ModelDefaultError400Valid", func() error { _, err := c.Get200Model201ModelDefaultError400Valid(ctx, nil); return err }, 400},
		{"Get200Model204NoModelDefaultError200Valid", func() error { _, err := c.Get200Model204NoModelDefaultError200Valid(ctx, nil); return err }, 0},
		{"Get200Model204NoModelDefaultError201Invalid", func() error { _, err := c.Get200Model204NoModelDefaultError201Invalid(ctx, nil); return err }, 201},
		{"Get200Model204NoModelDefaultError202None", func() error { _, err := c.Get200Model204NoModelDefaultError202None(ctx, nil); return err }, 202},
		{"Get200Model204NoModelDefaultError204Valid", func() error { _, err := c.Get200Model204NoModelDefaultError204Valid(ctx, nil); return err }, 0},
		{"Get200Model204NoModelDefaultError400Valid", func() error { _, err := c.Get200Model204NoModelDefaultError400Valid(ctx, nil); return err }, 400},
		{"Get200ModelA200Invalid", func() error { _, err := c.Get200ModelA200Invalid(ctx, nil); return err }, 0},
		{"Get200ModelA200None", func() error { _, err := c.Get200ModelA200None(ctx, nil); return err }, 0},
		{"Get200ModelA200Valid", func() error { _, err := c.Get200ModelA200Valid(ctx, nil); return err }, 0},
		{"Get200ModelA201ModelC404ModelDDefaultError200Valid", func() error { _, err := c.Get200ModelA201ModelC404ModelDDefaultError200Valid(ctx, nil); return err }, 0},
		{"Get200ModelA201ModelC404ModelDDefaultError201Valid", func() error { _, err := c.Get200ModelA201ModelC404ModelDDefaultError201Valid(ctx, nil); return err }, 0},
		{"Get200ModelA201ModelC404ModelDDefaultError400Valid", func() error { _, err := c.Get200ModelA201ModelC404ModelDDefaultError400Valid(ctx, nil); return err }, 400},
		// armgen treats a declared 4xx (here 404 with model D) as an error response.
		{"Get200ModelA201ModelC404ModelDDefaultError404Valid", func() error { _, err := c.Get200ModelA201ModelC404ModelDDefaultError404Valid(ctx, nil); return err }, 404},
		{"Get200ModelA202Valid", func() error { _, err := c.Get200ModelA202Valid(ctx, nil); return err }, 202},
		{"Get200ModelA400Invalid", func() error { _, err := c.Get200ModelA400Invalid(ctx, nil); return err }, 400},
		{"Get200ModelA400None", func() error { _, err := c.Get200ModelA400None(ctx, nil); return err }, 400},
		{"Get200ModelA400Valid", func() error { _, err := c.Get200ModelA400Valid(ctx, nil); return err }, 400},
		{"Get202None204NoneDefaultError202None", func() error { _, err := c.Get202None204NoneDefaultError202None(ctx, nil); return err }, 0},
		{"Get202None204NoneDefaultError204None", func() error { _, err := c.Get202None204NoneDefaultError204None(ctx, nil); return err }, 0},
		{"Get202None204NoneDefaultError400Valid", func() error { _, err := c.Get202None204NoneDefaultError400Valid(ctx, nil); return err }, 400},
		{"Get202None204NoneDefaultNone202Invalid", func() error { _, err := c.Get202None204NoneDefaultNone202Invalid(ctx, nil); return err }, 0},
		{"Get202None204NoneDefaultNone204None", func() error { _, err := c.Get202None204NoneDefaultNone204None(ctx, nil); return err }, 0},
		{"Get202None204NoneDefaultNone400Invalid", func() error { _, err := c.Get202None204NoneDefaultNone400Invalid(ctx, nil); return err }, 400},
		{"Get202None204NoneDefaultNone400None", func() error { _, err := c.Get202None204NoneDefaultNone400None(ctx, nil); return err }, 400},
		{"GetDefaultModelA200None", func() error { _, err := c.GetDefaultModelA200None(ctx, nil); return err }, 0},
		{"GetDefaultModelA200Valid", func() error { _, err := c.GetDefaultModelA200Valid(ctx, nil); return err }, 0},
		{"GetDefaultModelA400None", func() error { _, err := c.GetDefaultModelA400None(ctx, nil); return err }, 400},
		{"GetDefaultModelA400Valid", func() error { _, err := c.GetDefaultModelA400Valid(ctx, nil); return err }, 400},
		{"GetDefaultNone200Invalid", func() error { _, err := c.GetDefaultNone200Invalid(ctx, nil); return err }, 0},
		{"GetDefaultNone200None", func() error { _, err := c.GetDefaultNone200None(ctx, nil); return err }, 0},
		{"GetDefaultNone400Invalid", func() error { _, err := c.GetDefaultNone400Invalid(ctx, nil); return err }, 400},
		{"GetDefaultNone400None", func() error { _, err := c.GetDefaultNone400None(ctx, nil); return err }, 400},
	})
	a, err := c.Get200ModelA200Valid(ctx, nil)
	if err == nil && (a.StatusCode == nil || *a.StatusCode != "200") {
		t.Errorf("Get200ModelA200Valid: StatusCode %v, want 200", a.StatusCode)
	}
	ok(t, "Get200ModelA200Valid", err)
}

func TestHTTPRedirects(t *testing.T) {
	ctx := context.Background()
	c := newClient(t, func(o *arm.ClientOptions) (*HTTPRedirectsClient, error) { return NewHTTPRedirectsClient(cred, o) }, opts(t))
	run(t, []call{
		{"Delete307", func() error { _, err := c.Delete307(ctx, nil); return err }, 0},
		{"Get300", func() error { _, err := c.Get300(ctx, nil); return err }, 0},
		{"Get301", func() error { _, err := c.Get301(ctx, nil); return err }, 0},
		{"Get302", func() error { _, err := c.Get302(ctx, nil); return err }, 0},
		{"Get307", func() error { _, err := c.Get307(ctx, nil); return err }, 0},
		{"Head300", func() error { _, err := c.Head300(ctx, nil); return err }, 0},
		{"Head301", func() error { _, err := c.Head301(ctx, nil); return err }, 0},
		{"Head302", func() error { _, err := c.Head302(ctx, nil); return err }, 0},
		{"Head307", func() error { _, err := c.Head307(ctx, nil); return err }, 0},
		{"Options307", func() error { _, err := c.Options307(ctx, nil); return err }, 0},
		// Go's http.Client follows a 301/302 to a PUT or PATCH as a GET of the Location,
		// which the server points at /http/failure/500 (no route: 404); the spec wanted the 3xx
		// returned.
		{"Patch302", func() error { _, err := c.Patch302(ctx, nil); return err }, 404},
		{"Patch307", func() error { _, err := c.Patch307(ctx, nil); return err }, 0},
		{"Post303", func() error { _, err := c.Post303(ctx, nil); return err }, 0},
		{"Post307", func() error { _, err := c.Post307(ctx, nil); return err }, 0},
		// Go's http.Client follows a 301/302 to a PUT or PATCH as a GET of the Location,
		// which the server points at /http/failure/500 (no route: 404); the spec wanted the 3xx
		// returned.
		{"Put301", func() error { _, err := c.Put301(ctx, nil); return err }, 404},
		{"Put307", func() error { _, err := c.Put307(ctx, nil); return err }, 0},
	})
}

func TestHTTPFailure(t *testing.T) {
	ctx := context.Background()
	c := newClient(t, func(o *arm.ClientOptions) (*HTTPFailureClient, error) { return NewHTTPFailureClient(cred, o) }, opts(t))
	run(t, []call{
		{"GetEmptyError", func() error { _, err := c.GetEmptyError(ctx, nil); return err }, 400},
		{"GetNoModelEmpty", func() error { _, err := c.GetNoModelEmpty(ctx, nil); return err }, 400},
		{"GetNoModelError", func() error { _, err := c.GetNoModelError(ctx, nil); return err }, 400},
	})
}
