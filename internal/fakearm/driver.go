package fakearm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// NewClient constructs one operation group's client, such as a wrapper of
// NewPacketCapturesClient.
type NewClient func(subscriptionID string, credential azcore.TokenCredential, options *arm.ClientOptions) (any, error)

// Result is the outcome of one example.
type Result struct {
	Example     string `json:"example"`
	File        string `json:"file"`
	OperationID string `json:"operationId"`
	// Borrowed is true when the example's api-version differs from the spec's (an example
	// taken from another API version); only then may the request's api-version differ
	// from the example's.
	Borrowed bool `json:"borrowed"`
	// Variants are the ways the server played the example.
	Variants []string `json:"variants"`
	// RequestOK and ResponseOK say whether every variant's requests matched the example
	// and every result equalled the example's response.
	RequestOK  bool `json:"requestOk"`
	ResponseOK bool `json:"responseOk"`
	// Problems lists the mismatches.
	Problems []string `json:"problems,omitempty"`
}

// RunExamples reads cases from casesFile, runs each against a fresh server as a subtest,
// and writes the results as a JSON array to outFile (when set).
//
// With ARMGEN_FAKEARM_RECORD_ONLY set, problems are only written to outFile, not failed
// on: the caller decides, as a test that lists the examples known to disagree with their
// spec does.
func RunExamples(t *testing.T, casesFile, outFile string, clients map[string]NewClient) {
	recordOnly := os.Getenv("ARMGEN_FAKEARM_RECORD_ONLY") != ""
	data, err := os.ReadFile(casesFile)
	if err != nil {
		t.Fatalf("read cases (set ARMGEN_FAKEARM_CASES): %v", err)
	}
	var cases []Case
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatalf("cases: %v", err)
	}
	var results []Result
	for i := range cases {
		c := &cases[i]
		res := Result{Example: c.Example, File: c.File, OperationID: c.OperationID, RequestOK: true, ResponseOK: true}
		t.Run(c.OperationID+"/"+c.Example, func(t *testing.T) {
			runCase(t, c, clients, &res)
			if recordOnly {
				return
			}
			for _, p := range res.Problems {
				t.Error(p)
			}
		})
		results = append(results, res)
	}
	if outFile != "" {
		b, _ := json.MarshalIndent(results, "", "  ")
		if err := os.WriteFile(outFile, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runCase plays every variant of one case.
func runCase(t *testing.T, c *Case, clients map[string]NewClient, res *Result) {
	fail := func(request bool, format string, args ...any) {
		if request {
			res.RequestOK = false
		} else {
			res.ResponseOK = false
		}
		res.Problems = append(res.Problems, fmt.Sprintf(format, args...))
	}
	p, err := parseCase(c)
	if err != nil {
		fail(true, "%v", err)
		return
	}
	if v, ok := p.str("api-version"); ok && v != c.SpecAPIVersion {
		res.Borrowed = true
	}
	path, err := c.expectedPath(p)
	if err != nil {
		fail(true, "%v", err)
		return
	}
	variants, err := c.variants(p, path)
	if err != nil {
		fail(false, "%v", err)
		return
	}
	newClient := clients[c.Group]
	if newClient == nil {
		fail(true, "no client constructor for group %s", c.Group)
		return
	}
	sub, _ := p.str("subscriptionId")
	for _, v := range variants {
		res.Variants = append(res.Variants, v.name)
		srv := New(t)
		srv.Script(v.op)
		client, err := newClient(sub, &azfake.TokenCredential{}, srv.ClientOptions())
		if err != nil {
			fail(true, "%s: new client: %v", v.name, err)
			continue
		}
		got, err := invoke(c, p, client)
		if err != nil {
			fail(false, "%s: call: %v", v.name, err)
		}
		for _, prob := range checkRequests(c, p, path, srv.Requests()) {
			fail(true, "%s: %s", v.name, prob)
		}
		if err == nil && len(v.want) == 0 && string(got) != "{}" {
			fail(false, "%s: result %s, want an empty response (the example has no body)", v.name, got)
		} else if err == nil && len(v.want) > 0 {
			for _, d := range DiffJSON(v.want, got) {
				fail(false, "%s: result %s", v.name, d)
			}
		}
	}
}

// invoke calls the client method with the example's arguments and returns its result as
// JSON: the response, the poller's result, or the items of every page.
func invoke(c *Case, p *parsed, client any) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	m := reflect.ValueOf(client).MethodByName(c.Method)
	if !m.IsValid() {
		return nil, fmt.Errorf("%T has no method %s", client, c.Method)
	}
	mt := m.Type()
	var args []reflect.Value
	if c.Kind != "pager" {
		args = append(args, reflect.ValueOf(ctx))
	}
	for _, prm := range c.Params {
		if !prm.Arg {
			continue
		}
		v, err := fromJSON(p.params[prm.Name], mt.In(len(args)))
		if err != nil {
			return nil, fmt.Errorf("argument %s: %w", prm.Name, err)
		}
		args = append(args, v)
	}
	if c.Body != nil && c.Body.Arg {
		v, err := fromJSON(p.params[c.Body.Name], mt.In(len(args)))
		if err != nil {
			return nil, fmt.Errorf("body %s: %w", c.Body.Name, err)
		}
		args = append(args, v)
	}
	opts, err := options(c, p, mt.In(len(args)))
	if err != nil {
		return nil, err
	}
	args = append(args, opts)
	out := m.Call(args)
	switch c.Kind {
	case "pager":
		return drainPager(ctx, out[0], c.ItemName)
	case "lro":
		if err := asError(out[1]); err != nil {
			return nil, err
		}
		res := out[0].MethodByName("PollUntilDone").Call([]reflect.Value{reflect.ValueOf(ctx), reflect.ValueOf(&runtime.PollUntilDoneOptions{Frequency: time.Millisecond})})
		if err := asError(res[1]); err != nil {
			return nil, err
		}
		return json.Marshal(res[0].Interface())
	}
	if err := asError(out[1]); err != nil {
		return nil, err
	}
	return json.Marshal(out[0].Interface())
}

// options builds the options argument: nil, or the optional parameters the example sets.
func options(c *Case, p *parsed, t reflect.Type) (reflect.Value, error) {
	opts := reflect.New(t.Elem())
	set := false
	fields := []Param{}
	for _, prm := range c.Params {
		if prm.Field != "" {
			fields = append(fields, prm)
		}
	}
	if c.Body != nil && c.Body.Field != "" {
		fields = append(fields, *c.Body)
	}
	for _, prm := range fields {
		raw, ok := p.params[prm.Name]
		if !ok || string(bytes.TrimSpace(raw)) == "null" {
			continue // an optional argument the example leaves out or gives as null
		}
		f := opts.Elem().FieldByName(prm.Field)
		if !f.IsValid() || f.Kind() != reflect.Pointer {
			return reflect.Value{}, fmt.Errorf("options %s has no pointer field %s", t.Elem().Name(), prm.Field)
		}
		v, err := fromJSON(raw, f.Type().Elem())
		if err != nil {
			return reflect.Value{}, fmt.Errorf("option %s: %w", prm.Name, err)
		}
		ptr := reflect.New(f.Type().Elem())
		ptr.Elem().Set(v)
		f.Set(ptr)
		set = true
	}
	if !set {
		return reflect.Zero(t), nil
	}
	return opts, nil
}

// drainPager reads every page and returns the items of all pages as one JSON array.
func drainPager(ctx context.Context, pager reflect.Value, itemName string) ([]byte, error) {
	var items []json.RawMessage
	for pages := 0; pager.MethodByName("More").Call(nil)[0].Bool(); pages++ {
		if pages > 100 {
			return nil, errors.New("the pager did not stop after 100 pages")
		}
		res := pager.MethodByName("NextPage").Call([]reflect.Value{reflect.ValueOf(ctx)})
		if err := asError(res[1]); err != nil {
			return nil, err
		}
		b, err := json.Marshal(res[0].Interface())
		if err != nil {
			return nil, err
		}
		var page map[string]json.RawMessage
		if err := json.Unmarshal(b, &page); err != nil {
			return nil, err
		}
		var list []json.RawMessage
		if err := json.Unmarshal(page[itemName], &list); err != nil {
			return nil, fmt.Errorf("page has no %q array: %w", itemName, err)
		}
		items = append(items, list...)
	}
	if items == nil {
		items = []json.RawMessage{}
	}
	return json.Marshal(items)
}

func fromJSON(raw json.RawMessage, t reflect.Type) (reflect.Value, error) {
	v := reflect.New(t)
	if raw == nil {
		return v.Elem(), nil
	}
	if err := json.Unmarshal(raw, v.Interface()); err != nil {
		return reflect.Value{}, err
	}
	return v.Elem(), nil
}

func asError(v reflect.Value) error {
	if v.IsNil() {
		return nil
	}
	return v.Interface().(error)
}

// checkRequests compares what the client sent with the example: the first request's
// method, path, query and body, and that nothing went anywhere unscripted.
func checkRequests(c *Case, p *parsed, path string, reqs []Request) []string {
	var probs []string
	var first *Request
	for i := range reqs {
		r := &reqs[i]
		switch r.Role {
		case "unexpected":
			probs = append(probs, fmt.Sprintf("unexpected request %s %s", r.Method, r.Path))
		case "initial", "page":
			if first == nil {
				first = r
			}
		}
	}
	if first == nil {
		return append(probs, fmt.Sprintf("no %s %s request reached the server", c.HTTPMethod, path))
	}
	if first.Method != c.HTTPMethod {
		probs = append(probs, fmt.Sprintf("method %s, want %s", first.Method, c.HTTPMethod))
	}
	if first.Path != path {
		probs = append(probs, fmt.Sprintf("path %s, want %s", first.Path, path))
	}
	probs = append(probs, checkQuery(c, p, first.Query)...)
	for _, prm := range c.Params {
		if prm.In != "header" {
			continue
		}
		if want, ok := p.str(prm.Name); ok && first.Header.Get(prm.Name) != want {
			probs = append(probs, fmt.Sprintf("header %s = %q, want %q", prm.Name, first.Header.Get(prm.Name), want))
		}
	}
	var wantBody json.RawMessage
	if c.Body != nil {
		wantBody = p.params[c.Body.Name]
	}
	for _, d := range DiffJSON(wantBody, first.Body) {
		probs = append(probs, "request body "+d)
	}
	return probs
}

// checkQuery requires api-version to be the spec's (equal to the example's unless the
// example was borrowed from another API version) and every other query parameter to be
// the example's.
func checkQuery(c *Case, p *parsed, raw string) []string {
	q, err := url.ParseQuery(raw)
	if err != nil {
		return []string{"query: " + err.Error()}
	}
	var probs []string
	want := map[string]string{}
	for _, prm := range c.Params {
		if prm.In != "query" {
			continue
		}
		if prm.Constant != "" {
			want[prm.Name] = prm.Constant
			continue
		}
		if v, ok := p.str(prm.Name); ok {
			want[prm.Name] = v
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if _, ok := want[k]; !ok {
			probs = append(probs, fmt.Sprintf("query parameter %s=%s is not in the example", k, q.Get(k)))
		}
	}
	for k, w := range want {
		if got := q.Get(k); got != w {
			probs = append(probs, fmt.Sprintf("query %s=%q, want %q", k, got, w))
		}
	}
	return probs
}
