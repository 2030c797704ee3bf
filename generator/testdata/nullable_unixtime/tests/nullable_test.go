package nullableunixtime_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	nu "example.org/golden/nullable_unixtime"
	"example.org/golden/nullable_unixtime/fake"
)

// body has a null for every kind of x-nullable property, a null for a property that is not
// nullable, and unixtimes alone, in an array and in a map, nested in a model with extra
// keys and in a subtype of a discriminated base.
const body = `{"owner":null,"note":null,"count":null,"plain":null,"tags":null,"labels":{"a":"x","b":null},` +
	`"state":null,"error":null,"detail":null,"created":1460505600,"ended":null,"stamps":[1460505600,null,-1],` +
	`"milestones":{"start":1460505600,"end":null},"extra":{"name":null,"seen":1700000000,"other":"o"},` +
	`"shape":{"kind":"circle","radius":null,"drawn":0}}`

// semantic is the JSON value of b, for comparisons that ignore member order.
func semantic(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	return v
}

func TestNullsAndUnixTimesRoundTrip(t *testing.T) {
	var j nu.Job
	if err := json.Unmarshal([]byte(body), &j); err != nil {
		t.Fatal(err)
	}
	// The nulls of x-nullable properties are azcore's null sentinels.
	for name, null := range map[string]bool{
		"owner": azcore.IsNullValue(j.Owner), "note": azcore.IsNullValue(j.Note), "count": azcore.IsNullValue(j.Count),
		"tags": azcore.IsNullValue(j.Tags), "state": azcore.IsNullValue(j.State), "error": azcore.IsNullValue(j.Error),
		"ended": azcore.IsNullValue(j.Ended), "extra.name": azcore.IsNullValue(j.Extra.Name),
	} {
		if !null {
			t.Errorf("%s: JSON null did not decode as azcore.NullValue", name)
		}
	}
	// A null of a property that is not nullable stays absent.
	if j.Plain != nil || j.Detail != nil {
		t.Errorf("plain = %v, detail = %v; want nil", j.Plain, j.Detail)
	}
	if j.Labels["b"] != nil || *j.Labels["a"] != "x" {
		t.Errorf("labels = %v", j.Labels)
	}
	// Unixtimes are times in UTC.
	want := time.Date(2016, 4, 13, 0, 0, 0, 0, time.UTC)
	if !j.Created.Equal(want) || j.Created.Location() != time.UTC {
		t.Errorf("created = %v, want %v", j.Created, want)
	}
	if len(j.Stamps) != 3 || !j.Stamps[0].Equal(want) || j.Stamps[1] != nil || j.Stamps[2].Unix() != -1 {
		t.Errorf("stamps = %v", j.Stamps)
	}
	if !j.Milestones["start"].Equal(want) || j.Milestones["end"] != nil {
		t.Errorf("milestones = %v", j.Milestones)
	}
	if j.Extra.Seen.Unix() != 1700000000 || *j.Extra.AdditionalProperties["other"] != "o" {
		t.Errorf("extra = %+v", j.Extra)
	}
	c, ok := j.Shape.(*nu.Circle)
	if !ok || !azcore.IsNullValue(c.Radius) || c.Drawn.Unix() != 0 {
		t.Fatalf("shape = %#v", j.Shape)
	}

	out, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	// The same JSON, less the null of the property that is not nullable (plain, detail).
	wantJSON := strings.NewReplacer(`"plain":null,`, ``, `"detail":null,`, ``).Replace(body)
	if got, want := semantic(t, out), semantic(t, []byte(wantJSON)); !reflect.DeepEqual(got, want) {
		t.Fatalf("round trip:\n got %s\nwant %s", out, wantJSON)
	}
	// Byte for byte: encoding/json's members in field order, then the nulls and the
	// unixtimes in field order, then the extra keys.
	wantBytes := `{"detail":null,"extra":{"name":null,"seen":1700000000,"other":"o"},"labels":{"a":"x","b":null},` +
		`"shape":{"kind":"circle","drawn":0,"radius":null},"count":null,"created":1460505600,"ended":null,"error":null,` +
		`"milestones":{"end":null,"start":1460505600},"note":null,"owner":null,"stamps":[1460505600,null,-1],"state":null,"tags":null}`
	wantBytes = strings.Replace(wantBytes, `"detail":null,`, ``, 1)
	if string(out) != wantBytes {
		t.Fatalf("bytes:\n got %s\nwant %s", out, wantBytes)
	}
}

// TestSettingNull: a caller sends null with azcore.NullValue, as with the Azure SDK.
func TestSettingNull(t *testing.T) {
	j := nu.Job{
		Owner:  azcore.NullValue[*string](),
		Tags:   azcore.NullValue[[]*string](),
		Labels: azcore.NullValue[map[string]*string](),
		Ended:  azcore.NullValue[*time.Time](),
		Plain:  to.Ptr("p"),
	}
	out, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"plain":"p","ended":null,"labels":null,"owner":null,"tags":null}`; string(out) != want {
		t.Fatalf("got %s, want %s", out, want)
	}
	// An empty model stays {}.
	if out, _ := json.Marshal(nu.Job{}); string(out) != `{}` {
		t.Fatalf("Job{} = %s", out)
	}
	if out, _ := json.Marshal(nu.Job{Ended: to.Ptr(time.Unix(5, 999))}); string(out) != `{"ended":5}` {
		t.Fatalf("a unixtime drops what its second holds beyond its start: %s", out)
	}
}

func TestValidateAcceptsNull(t *testing.T) {
	// owner is required and nullable: null is present, and its minLength is not checked;
	// note's maxLength and count's minimum are not checked on null either.
	j := nu.Job{Owner: azcore.NullValue[*string](), Note: azcore.NullValue[*string](), Count: azcore.NullValue[*int32]()}
	if err := j.Validate(); err != nil {
		t.Fatalf("Validate of nulls: %v", err)
	}
	j = nu.Job{Owner: to.Ptr("x"), Note: to.Ptr("abcd"), Count: to.Ptr[int32](0)}
	err := j.Validate()
	if err == nil {
		t.Fatal("Validate accepted a too-short owner, a too-long note and a count of 0")
	}
	for _, want := range []string{"owner", "note", "count"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Validate error %q does not name %s", err, want)
		}
	}
	if err := (&nu.Job{}).Validate(); err == nil || !strings.Contains(err.Error(), "owner: required") {
		t.Fatalf("Validate of a job without owner: %v", err)
	}
}

// TestFakeServerRoundTrip: a body with nulls and unixtimes goes through the client, the
// fake server and back unchanged.
func TestFakeServerRoundTrip(t *testing.T) {
	var got nu.Job
	srv := fake.JobsServer{CreateOrUpdate: func(_ context.Context, _ string, job nu.Job, _ *nu.JobsClientCreateOrUpdateOptions) (resp azfake.Responder[nu.JobsClientCreateOrUpdateResponse], errResp azfake.ErrorResponder) {
		got = job
		resp.SetResponse(http.StatusOK, nu.JobsClientCreateOrUpdateResponse{Job: job}, nil)
		return
	}}
	client, err := nu.NewJobsClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: fake.NewJobsServerTransport(&srv)}})
	if err != nil {
		t.Fatal(err)
	}
	var in nu.Job
	if err := json.Unmarshal([]byte(body), &in); err != nil {
		t.Fatal(err)
	}
	res, err := client.CreateOrUpdate(context.Background(), "job1", in, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !azcore.IsNullValue(got.Owner) || !azcore.IsNullValue(res.Owner) || !azcore.IsNullValue(res.Ended) || !res.Created.Equal(*in.Created) {
		t.Fatalf("server got owner %v, client got owner %v, ended %v, created %v", got.Owner, res.Owner, res.Ended, res.Created)
	}
	a, _ := json.Marshal(in)
	b, _ := json.Marshal(res.Job)
	if string(a) != string(b) {
		t.Fatalf("through the fake server:\n got %s\nwant %s", b, a)
	}
}

// wire records the request and answers with a fixed response.
type wire struct {
	req  *http.Request
	body []byte
}

func (w *wire) Do(req *http.Request) (*http.Response, error) {
	w.req = req
	if req.Body != nil {
		w.body, _ = io.ReadAll(req.Body)
	}
	h := http.Header{"Content-Type": {"application/json"}, "X-Ms-Clock": {"1460505602"}}
	return &http.Response{StatusCode: http.StatusOK, Header: h, Body: io.NopCloser(strings.NewReader(`1700000000`)), Request: req}, nil
}

// TestUnixTimeOnTheWire: a unixtime path, query and body parameter are sent as seconds, a
// unixtime response body and header are read from seconds.
func TestUnixTimeOnTheWire(t *testing.T) {
	w := &wire{}
	client, err := nu.NewClockClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: w}})
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2016, 4, 13, 0, 0, 0, 0, time.FixedZone("x", 3600))
	res, err := client.Set(context.Background(), at, at.Add(time.Second), &nu.ClockClientSetOptions{NotBefore: to.Ptr(at.Add(-100 * time.Second))})
	if err != nil {
		t.Fatal(err)
	}
	if p := w.req.URL.Path; !strings.HasSuffix(p, "/clock/1460502000") {
		t.Errorf("path %s", p)
	}
	if q := w.req.URL.Query().Get("notBefore"); q != "1460501900" {
		t.Errorf("notBefore=%s", q)
	}
	if string(w.body) != "1460502001" {
		t.Errorf("body %s", w.body)
	}
	if res.Value == nil || res.Value.Unix() != 1700000000 || res.XMSClock.Unix() != 1460505602 {
		t.Errorf("value %v, header %v", res.Value, res.XMSClock)
	}
	// The fake server reads them back from seconds.
	var seen []time.Time
	srv := fake.ClockServer{Set: func(_ context.Context, at, now time.Time, options *nu.ClockClientSetOptions) (resp azfake.Responder[nu.ClockClientSetResponse], errResp azfake.ErrorResponder) {
		seen = []time.Time{at, now, *options.NotBefore}
		resp.SetResponse(http.StatusOK, nu.ClockClientSetResponse{Value: &now}, nil)
		return
	}}
	client, err = nu.NewClockClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: fake.NewClockServerTransport(&srv)}})
	if err != nil {
		t.Fatal(err)
	}
	res, err = client.Set(context.Background(), at, at.Add(time.Second), &nu.ClockClientSetOptions{NotBefore: to.Ptr(at)})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) != 3 || !seen[0].Equal(at) || !seen[1].Equal(at.Add(time.Second)) || !seen[2].Equal(at) || res.Value == nil || !res.Value.Equal(at.Add(time.Second)) {
		t.Fatalf("fake server saw %v, client got %v", seen, res.Value)
	}
	var bad nu.Job
	if err := json.Unmarshal([]byte(`{"created":"2016-04-13T00:00:00Z"}`), &bad); err == nil {
		t.Fatal("a date-time string decoded as a unixtime")
	} else if errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
}
