package wire

// Hand-written tests of the wire spec's clients, run by TestClientsWireSpec inside the
// generated package: an operation that declares only errors, collectionFormat multi, and
// typed response headers.

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// answer is what the transport sends back.
type answer struct {
	status int
	header http.Header
	body   string
}

// transport answers each request with answer and records the requests.
type transport struct {
	reqs   []*http.Request
	answer func(*http.Request) answer
}

func (t *transport) Do(req *http.Request) (*http.Response, error) {
	t.reqs = append(t.reqs, req)
	a := t.answer(req)
	h := http.Header{"Content-Type": {"application/json"}}
	for k, v := range a.header {
		h[k] = v
	}
	return &http.Response{
		StatusCode: a.status, Status: http.StatusText(a.status), Request: req, Header: h,
		Body: io.NopCloser(strings.NewReader(a.body)),
	}, nil
}

func things(t *testing.T, tr *transport) *ThingsClient {
	t.Helper()
	c, err := NewThingsClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Cloud: cloud.Configuration{
			ActiveDirectoryAuthorityHost: "https://login.invalid/",
			Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
				cloud.ResourceManager: {Audience: "https://management.core.windows.net/", Endpoint: "https://arm.test"},
			},
		},
		Transport: tr,
		Retry:     policy.RetryOptions{MaxRetries: -1},
	}, DisableRPRegistration: true})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func statusOf(err error) int {
	var re *azcore.ResponseError
	if errors.As(err, &re) {
		return re.StatusCode
	}
	return 0
}

// TestOnlyErrorsDeclared: Things_Check declares 400 and default only: any 2xx succeeds,
// everything else (the declared 400 included) is an *azcore.ResponseError.
func TestOnlyErrorsDeclared(t *testing.T) {
	for status, want := range map[int]int{200: 0, 201: 0, 204: 0, 400: 400, 404: 404, 500: 500, 302: 302} {
		tr := &transport{answer: func(*http.Request) answer {
			return answer{status: status, body: `{"code":"X","message":"x"}`}
		}}
		_, err := things(t, tr).Check(context.Background(), nil)
		if got := statusOf(err); got != want || (want == 0 && err != nil) {
			t.Errorf("status %d: err %v, want status %d", status, err, want)
		}
	}
}

// TestMultiQuery: collectionFormat multi repeats the key once per item, escapes each item,
// and sends no key for an empty or absent array.
func TestMultiQuery(t *testing.T) {
	tr := &transport{answer: func(*http.Request) answer { return answer{status: 200} }}
	c := things(t, tr)
	if _, err := c.List(context.Background(), []string{"a b", "c&d", ""}, &ThingsClientListOptions{Tag: []string{"x,y"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.List(context.Background(), nil, &ThingsClientListOptions{Tag: []string{}}); err != nil {
		t.Fatal(err)
	}
	q0, q1 := tr.reqs[0].URL.Query(), tr.reqs[1].URL.Query()
	if got := q0["id"]; len(got) != 3 || got[0] != "a b" || got[1] != "c&d" || got[2] != "" {
		t.Errorf("id = %q, want [a b c&d \"\"] (query %s)", got, tr.reqs[0].URL.RawQuery)
	}
	if got := q0["tag"]; len(got) != 1 || got[0] != "x,y" {
		t.Errorf("tag = %q, want [x,y]", got)
	}
	if q1.Has("id") || q1.Has("tag") || q1.Get("api-version") != "2024-05-01" {
		t.Errorf("empty arrays: query %s, want only api-version", tr.reqs[1].URL.RawQuery)
	}
}

// TestResponseHeaders: every declared header of the success responses is a typed field,
// parsed from the response; absent headers are nil; a header named like a body property
// gets its own field; a value that does not parse is an error, not a panic.
func TestResponseHeaders(t *testing.T) {
	h := http.Header{}
	for k, v := range map[string]string{
		"x-ms-request-id": "req-1", "x-ms-count": "-7", "x-ms-total": "10000000000", "x-ms-ratio": "0.5",
		"x-ms-score": "7e120", "x-ms-done": "true", "Last-Modified": "Fri, 01 Jan 2010 12:34:56 GMT",
		"x-ms-created": "2010-01-01T12:34:56.5Z", "x-ms-hash": "aGVsbG8=", "x-ms-color": "red", "x-ms-level": "2",
		"name": "from-header",
	} {
		h.Set(k, v)
	}
	tr := &transport{answer: func(*http.Request) answer { return answer{status: 200, header: h, body: `{"name":"from-body"}`} }}
	res, err := things(t, tr).Get(context.Background(), "n1", nil)
	if err != nil {
		t.Fatal(err)
	}
	created := time.Date(2010, 1, 1, 12, 34, 56, 500000000, time.UTC)
	switch {
	case res.XMSRequestID == nil || *res.XMSRequestID != "req-1",
		res.XMSCount == nil || *res.XMSCount != -7,
		res.XMSTotal == nil || *res.XMSTotal != 10000000000,
		res.XMSRatio == nil || *res.XMSRatio != 0.5,
		res.XMSScore == nil || *res.XMSScore != 7e120,
		res.XMSDone == nil || !*res.XMSDone,
		res.LastModified == nil || *res.LastModified != "Fri, 01 Jan 2010 12:34:56 GMT",
		res.XMSCreated == nil || !res.XMSCreated.Equal(created),
		!bytes.Equal(res.XMSHash, []byte("hello")),
		res.XMSColor == nil || *res.XMSColor != ColorRed,
		res.XMSLevel == nil || *res.XMSLevel != 2,
		res.NameHeader == nil || *res.NameHeader != "from-header",
		res.Name == nil || *res.Name != "from-body",
		res.Location != nil:
		t.Errorf("headers not as sent: %+v", res)
	}

	tr = &transport{answer: func(*http.Request) answer {
		return answer{status: 201, header: http.Header{"Location": {"https://x.test/1"}, "X-Ms-Count": {"3"}}, body: `{}`}
	}}
	res, err = things(t, tr).Get(context.Background(), "n1", nil)
	if err != nil || res.Location == nil || *res.Location != "https://x.test/1" || res.XMSCount == nil || *res.XMSCount != 3 || res.XMSRequestID != nil {
		t.Errorf("201: %+v, %v", res, err)
	}

	for name, bad := range map[string]string{"x-ms-count": "many", "x-ms-done": "yes", "x-ms-created": "yesterday", "x-ms-hash": "%%", "x-ms-level": "1.5"} {
		tr := &transport{answer: func(*http.Request) answer {
			return answer{status: 200, header: http.Header{http.CanonicalHeaderKey(name): {bad}}, body: `{}`}
		}}
		_, err := things(t, tr).Get(context.Background(), "n1", nil)
		if err == nil || !strings.Contains(err.Error(), "response header "+name) {
			t.Errorf("%s: %q: err %v, want a parse error naming the header", name, bad, err)
		}
	}
}

// closeRecorder is a response body that records reads and Close.
type closeRecorder struct {
	io.Reader
	read, closed bool
}

func (c *closeRecorder) Read(p []byte) (int, error) {
	c.read = true
	return c.Reader.Read(p)
}

func (c *closeRecorder) Close() error {
	c.closed = true
	return nil
}

// streamTransport answers with a recorded body.
type streamTransport struct {
	status int
	body   *closeRecorder
}

func (t *streamTransport) Do(req *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: t.status, Status: http.StatusText(t.status), Request: req,
		Header: http.Header{"Content-Type": {"application/octet-stream"}, "Content-Length": {"5"}}, Body: t.body}, nil
}

// TestStreamedDownload: a type: file result is the response body itself, unread until the
// caller reads it and closed only by the caller; the request accepts what the spec produces.
// A failed download is an *azcore.ResponseError.
func TestStreamedDownload(t *testing.T) {
	st := &streamTransport{status: 200, body: &closeRecorder{Reader: strings.NewReader("bytes")}}
	c, err := NewThingsClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Cloud: cloud.Configuration{ActiveDirectoryAuthorityHost: "https://login.invalid/", Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
			cloud.ResourceManager: {Audience: "https://management.core.windows.net/", Endpoint: "https://arm.test"}}},
		Transport: st, Retry: policy.RetryOptions{MaxRetries: -1},
	}, DisableRPRegistration: true})
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.Download(context.Background(), "n1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.body.read || st.body.closed {
		t.Errorf("the client read (%v) or closed (%v) the streamed body", st.body.read, st.body.closed)
	}
	data, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if string(data) != "bytes" || !st.body.closed || res.ContentLength == nil || *res.ContentLength != 5 {
		t.Errorf("body %q closed %v length %v", data, st.body.closed, res.ContentLength)
	}

	tr := &transport{answer: func(req *http.Request) answer {
		if got := req.Header.Get("Accept"); got != "application/octet-stream, application/json" {
			t.Errorf("Accept %q", got)
		}
		return answer{status: 404, body: `{"code":"NotFound","message":"gone"}`}
	}}
	_, err = things(t, tr).Download(context.Background(), "n1", nil)
	if statusOf(err) != 404 {
		t.Errorf("404: %v, want an *azcore.ResponseError", err)
	}
}

// TestBinaryAndTextBodies: binary bodies are sent byte for byte with the first consumes type
// or the ContentType option; an optional binary body is omitted when nil; a text body and a
// text result travel as they are.
func TestBinaryAndTextBodies(t *testing.T) {
	type sent struct {
		ct   string
		body string
	}
	var got []sent
	tr := &transport{answer: func(req *http.Request) answer {
		var b []byte
		if req.Body != nil {
			b, _ = io.ReadAll(req.Body)
		}
		got = append(got, sent{req.Header.Get("Content-Type"), string(b)})
		if strings.HasSuffix(req.URL.Path, "/note") {
			return answer{status: 200, header: http.Header{"Content-Type": {"text/plain"}}, body: "stored: " + string(b)}
		}
		return answer{status: 204}
	}}
	c := things(t, tr)
	ctx := context.Background()
	raw := []byte{0, 1, 2, 0xff, '"'}
	if _, err := c.Upload(ctx, "n1", nopCloser{bytes.NewReader(raw)}, nil); err != nil {
		t.Fatal(err)
	}
	png := "image/png"
	if _, err := c.Upload(ctx, "n1", nopCloser{bytes.NewReader(raw)}, &ThingsClientUploadOptions{ContentType: &png}); err != nil {
		t.Fatal(err)
	}
	if _, err := c.UploadOptional(ctx, "n1", nil); err != nil {
		t.Fatal(err)
	}
	note, err := c.SetNote(ctx, "n1", `he said "hi"`, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []sent{
		{"application/octet-stream", string(raw)},
		{"image/png", string(raw)},
		{"", ""},
		{"text/plain; charset=UTF-8", `he said "hi"`},
	}
	if len(got) != len(want) {
		t.Fatalf("sent %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("request %d: sent %q, want %q", i, got[i], want[i])
		}
	}
	if note.Value == nil || *note.Value != `stored: he said "hi"` {
		t.Errorf("text result %v", note.Value)
	}
}

type nopCloser struct{ io.ReadSeeker }

func (nopCloser) Close() error { return nil }

// TestFormData: formData fields of a urlencoded operation are one encoded body (multi
// repeats the key, absent options are left out); a multipart operation sends each file as
// a part named after its field, and each other field as a text part.
func TestFormData(t *testing.T) {
	var bodies []*http.Request
	tr := &transport{answer: func(req *http.Request) answer {
		bodies = append(bodies, req)
		if strings.HasPrefix(req.Header.Get("Content-Type"), "multipart/form-data") {
			if err := req.ParseMultipartForm(1 << 20); err != nil {
				t.Errorf("multipart: %v", err)
			}
		} else if err := req.ParseForm(); err != nil {
			t.Errorf("form: %v", err)
		}
		return answer{status: 204}
	}}
	c := things(t, tr)
	ctx := context.Background()
	if _, err := c.Rename(ctx, "n1", "new & improved", 3, &ThingsClientRenameOptions{Label: []string{"a", "b c"}}); err != nil {
		t.Fatal(err)
	}
	form := bodies[0]
	if ct := form.Header.Get("Content-Type"); ct != "application/x-www-form-urlencoded" {
		t.Errorf("Content-Type %q", ct)
	}
	if f := form.PostForm; f.Get("new_name") != "new & improved" || f.Get("size") != "3" || len(f["label"]) != 2 || f["label"][1] != "b c" || f.Has("note") {
		t.Errorf("form %v", f)
	}

	file := func(s string) io.ReadSeekCloser { return nopCloser{strings.NewReader(s)} }
	if _, err := c.Attach(ctx, "n1", file("main bytes"), "hello", &ThingsClientAttachOptions{Extra: []io.ReadSeekCloser{file("x1"), file("x2")}}); err != nil {
		t.Fatal(err)
	}
	mp := bodies[1].MultipartForm
	read := func(field string, i int) string {
		if mp == nil || len(mp.File[field]) <= i {
			return "<missing>"
		}
		f, err := mp.File[field][i].Open()
		if err != nil {
			return err.Error()
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		return string(b)
	}
	if mp == nil {
		t.Fatal("no multipart form")
	}
	if read("file", 0) != "main bytes" || read("extra", 0) != "x1" || read("extra", 1) != "x2" || len(mp.File["thumbnail"]) != 0 ||
		len(mp.Value["caption"]) != 1 || mp.Value["caption"][0] != "hello" {
		t.Errorf("multipart form: files %v values %v", mp.File, mp.Value)
	}
}
