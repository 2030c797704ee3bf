package parameterflattening

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

// recorder is a transport that keeps the request it is given and answers 200 with no body.
type recorder struct {
	req  *http.Request
	body []byte
}

func (r *recorder) Do(req *http.Request) (*http.Response, error) {
	r.req = req
	if req.Body != nil {
		r.body, _ = io.ReadAll(req.Body)
	}
	return &http.Response{StatusCode: 200, Header: http.Header{}, Body: io.NopCloser(strings.NewReader("")), Request: req}, nil
}

// TestUpdateWire checks the request AvailabilitySets_Update sends. The test server (3.3.51)
// has no route for /parameterFlattening, so the request goes to a recording transport
// instead. The body parameter keeps its model (armgen does not flatten x-ms-client-flatten
// body parameters into arguments), and the wire body is the model's JSON.
func TestUpdateWire(t *testing.T) {
	o := opts(t)
	rec := &recorder{}
	o.Transport = rec
	c, err := NewAvailabilitySetsClient(cred, o)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Update(context.Background(), "rg", "av set", AvailabilitySetUpdateParameters{
		Tags: ptrMap(map[string]string{"tag1": "value1", "tag2": "value2"}),
	}, nil)
	if err != nil {
		t.Fatalf("Update: %v", err)
	}
	if rec.req.Method != http.MethodPatch || rec.req.URL.EscapedPath() != "/parameterFlattening/rg/av%20set" {
		t.Errorf("request line: %s %s, want PATCH /parameterFlattening/rg/av%%20set", rec.req.Method, rec.req.URL.EscapedPath())
	}
	var got any
	if err := json.Unmarshal(rec.body, &got); err != nil {
		t.Fatalf("body %q: %v", rec.body, err)
	}
	want := map[string]any{"tags": map[string]any{"tag1": "value1", "tag2": "value2"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("body: got %s, want %v", rec.body, want)
	}
	if ct := rec.req.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type: got %q, want application/json", ct)
	}
}
