package azureparametergrouping_test

// Hand-written test of x-ms-parameter-grouping through the generated client and fake
// package of the test server's azure-parameter-grouping.json, run by TestParamGroupsFake.
// The import paths below are rewritten to the workspace's.

import (
	"context"
	"net/http"
	"reflect"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	apg "example.com/armgen/azureparametergrouping"
	"example.com/armgen/azureparametergrouping/fake"
)

// TestGroupsRoundTrip: the group structs a client method takes reach the fake server's
// function equal, through the wire: a required group with a body and a path member, an
// optional group given and nil, and two groups in one call.
func TestGroupsRoundTrip(t *testing.T) {
	var gotReq apg.ParameterGroupingClientPostRequiredParameters
	var gotOpt []*apg.ParameterGroupingClientPostOptionalParameters
	var gotFirst *apg.FirstParameterGroup
	var gotSecond *apg.ParameterGroupingClientPostMultiParamGroupsSecondParamGroup
	srv := &fake.ParameterGroupingServer{
		PostRequired: func(ctx context.Context, p apg.ParameterGroupingClientPostRequiredParameters, options *apg.ParameterGroupingClientPostRequiredOptions) (resp azfake.Responder[apg.ParameterGroupingClientPostRequiredResponse], errResp azfake.ErrorResponder) {
			gotReq = p
			resp.SetResponse(http.StatusOK, apg.ParameterGroupingClientPostRequiredResponse{}, nil)
			return
		},
		PostOptional: func(ctx context.Context, p *apg.ParameterGroupingClientPostOptionalParameters, options *apg.ParameterGroupingClientPostOptionalOptions) (resp azfake.Responder[apg.ParameterGroupingClientPostOptionalResponse], errResp azfake.ErrorResponder) {
			gotOpt = append(gotOpt, p)
			resp.SetResponse(http.StatusOK, apg.ParameterGroupingClientPostOptionalResponse{}, nil)
			return
		},
		PostMultiParamGroups: func(ctx context.Context, first *apg.FirstParameterGroup, second *apg.ParameterGroupingClientPostMultiParamGroupsSecondParamGroup, options *apg.ParameterGroupingClientPostMultiParamGroupsOptions) (resp azfake.Responder[apg.ParameterGroupingClientPostMultiParamGroupsResponse], errResp azfake.ErrorResponder) {
			gotFirst, gotSecond = first, second
			resp.SetResponse(http.StatusOK, apg.ParameterGroupingClientPostMultiParamGroupsResponse{}, nil)
			return
		},
	}
	c, err := apg.NewParameterGroupingClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: fake.NewParameterGroupingServerTransport(srv)}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	want := apg.ParameterGroupingClientPostRequiredParameters{Body: 1234, Path: "a b/c", CustomHeader: to.Ptr("header"), Query: to.Ptr[int32](21)}
	if _, err := c.PostRequired(ctx, want, nil); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotReq, want) {
		t.Errorf("PostRequired: the server got %+v, want %+v", gotReq, want)
	}

	wantOpt := &apg.ParameterGroupingClientPostOptionalParameters{Query: to.Ptr[int32](-3)}
	if _, err := c.PostOptional(ctx, wantOpt, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.PostOptional(ctx, nil, nil); err != nil {
		t.Fatal(err)
	}
	if len(gotOpt) != 2 || !reflect.DeepEqual(gotOpt[0], wantOpt) || gotOpt[1] != nil {
		t.Errorf("PostOptional: the server got %+v, want %+v then nil", gotOpt, wantOpt)
	}

	first := &apg.FirstParameterGroup{HeaderOne: to.Ptr("h1")}
	second := &apg.ParameterGroupingClientPostMultiParamGroupsSecondParamGroup{QueryTwo: to.Ptr[int32](42)}
	if _, err := c.PostMultiParamGroups(ctx, first, second, nil); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotFirst, first) || !reflect.DeepEqual(gotSecond, second) {
		t.Errorf("PostMultiParamGroups: the server got %+v and %+v", gotFirst, gotSecond)
	}
}
