package spec_test

// Hand-written test of array parameters whose items are numbers and booleans, run by
// TestArrayParamsFake through the generated client and fake package of spec.json. The
// import paths below are rewritten to the workspace's.

import (
	"context"
	"net/http"
	"reflect"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"example.com/armgen/spec"
	"example.com/armgen/spec/fake"
)

// captureQuery records the URL path and query and one header of every request.
type captureQuery struct{ path, query, weights string }

func (c *captureQuery) Do(req *policy.Request) (*http.Response, error) {
	c.path = req.Raw().URL.EscapedPath()
	c.query = req.Raw().URL.RawQuery
	if v := req.Raw().Header["x-ms-weights"]; len(v) == 1 { // set as the spec spells it
		c.weights = v[0]
	}
	return req.Next()
}

// TestArrayParamsRoundTrip: arrays of int32, int64, float32, float64 and bool travel from
// the client method over the wire (joined by their collectionFormat's separator, or one key
// per item for multi) to the fake server's function unchanged.
func TestArrayParamsRoundTrip(t *testing.T) {
	var gotLevels []int32
	var gotTopLeft []float64
	var gotOpts *spec.HeatMapsClientGetOptions
	srv := &fake.HeatMapsServer{
		Get: func(ctx context.Context, levels []int32, topLeft []float64, options *spec.HeatMapsClientGetOptions) (resp azfake.Responder[spec.HeatMapsClientGetResponse], errResp azfake.ErrorResponder) {
			gotLevels, gotTopLeft, gotOpts = levels, topLeft, options
			resp.SetResponse(http.StatusOK, spec.HeatMapsClientGetResponse{HeatMap: spec.HeatMap{ID: to.Ptr("h")}}, nil)
			return
		},
	}
	capture := &captureQuery{}
	c, err := spec.NewHeatMapsClient("sub", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport:       fake.NewHeatMapsServerTransport(srv),
		PerCallPolicies: []policy.Policy{capture},
	}})
	if err != nil {
		t.Fatal(err)
	}
	levels := []int32{1, -2, 3}
	topLeft := []float64{47.61, -122.33}
	opts := &spec.HeatMapsClientGetOptions{
		Counts:     []int32{10, 20},
		Flags:      []bool{true, false},
		Ratios:     []float32{0.5, 1.25},
		IDs:        []int64{7, 9007199254740993},
		Names:      []string{"a", "b c"},
		XMSWeights: []float64{1e-3, 2},
	}
	if _, err := c.Get(context.Background(), levels, topLeft, opts); err != nil {
		t.Fatal(err)
	}
	if want := "/subscriptions/sub/providers/Microsoft.Test/heatMaps/1%2C-2%2C3"; capture.path != want {
		t.Errorf("path %s, want %s", capture.path, want)
	}
	wantQuery := "api-version=2023-01-01&counts=10+20&flags=true%7Cfalse&ids=7&ids=9007199254740993&names=a%7Cb+c&ratios=0.5%091.25&topLeft=47.61%2C-122.33"
	if capture.query != wantQuery {
		t.Errorf("query\n got %s\nwant %s", capture.query, wantQuery)
	}
	if capture.weights != "0.001,2" {
		t.Errorf("x-ms-weights %q, want 0.001,2", capture.weights)
	}
	if !reflect.DeepEqual(gotLevels, levels) || !reflect.DeepEqual(gotTopLeft, topLeft) {
		t.Errorf("the server got levels %v and topLeft %v, want %v and %v", gotLevels, gotTopLeft, levels, topLeft)
	}
	if !reflect.DeepEqual(gotOpts, opts) {
		t.Errorf("the server got options %+v, want %+v", gotOpts, opts)
	}

	// Without options nothing optional is sent, and the server gets no options.
	gotOpts = opts
	if _, err := c.Get(context.Background(), levels, topLeft, nil); err != nil {
		t.Fatal(err)
	}
	if gotOpts != nil {
		t.Errorf("the server got options %+v, want nil", gotOpts)
	}
}
