package azureparametergrouping

import (
	"context"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
)

// TestParameterGrouping sends every x-ms-parameter-grouping scenario with its parameters
// as fields of the generated group structs. The server accepts a missing optional value,
// so each scenario is also sent once with a wrong value, which it must reject: that shows
// the grouped value reaches the wire under the right name.
func TestParameterGrouping(t *testing.T) {
	ctx := context.Background()
	c, err := NewParameterGroupingClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}

	_, err = c.PostRequired(ctx, ParameterGroupingClientPostRequiredParameters{
		Body: 1234, Path: "path", CustomHeader: to.Ptr("header"), Query: to.Ptr[int32](21),
	}, nil)
	ok(t, "PostRequired", err)
	_, err = c.PostRequired(ctx, ParameterGroupingClientPostRequiredParameters{Body: 1234, Path: "path"}, nil)
	ok(t, "PostRequired without optional members", err)
	_, err = c.PostRequired(ctx, ParameterGroupingClientPostRequiredParameters{Body: 1234, Path: "path", Query: to.Ptr[int32](22)}, nil)
	eq(t, "PostRequired with a wrong query (status)", status(err), 400, nil)
	_, err = c.PostRequired(ctx, ParameterGroupingClientPostRequiredParameters{Body: 1235, Path: "path"}, nil)
	eq(t, "PostRequired with a wrong body (status)", status(err), 400, nil)

	_, err = c.PostOptional(ctx, &ParameterGroupingClientPostOptionalParameters{CustomHeader: to.Ptr("header"), Query: to.Ptr[int32](21)}, nil)
	ok(t, "PostOptional", err)
	_, err = c.PostOptional(ctx, nil, nil)
	ok(t, "PostOptional with no group", err)
	_, err = c.PostOptional(ctx, &ParameterGroupingClientPostOptionalParameters{CustomHeader: to.Ptr("other")}, nil)
	eq(t, "PostOptional with a wrong header (status)", status(err), 400, nil)

	_, err = c.PostReservedWords(ctx, &ParameterGroupingClientPostReservedWordsParameters{From: to.Ptr("bob"), Accept: to.Ptr("yes")}, nil)
	ok(t, "PostReservedWords", err)
	_, err = c.PostReservedWords(ctx, &ParameterGroupingClientPostReservedWordsParameters{From: to.Ptr("bob")}, nil)
	eq(t, "PostReservedWords without accept (status)", status(err), 400, nil)

	// The server reads headerOne/queryOne/headerTwo/queryTwo, not the spec's header-one...
	// names, so any value of the spec's names passes; the values are still sent.
	_, err = c.PostMultiParamGroups(ctx,
		&FirstParameterGroup{HeaderOne: to.Ptr("header"), QueryOne: to.Ptr[int32](21)},
		&ParameterGroupingClientPostMultiParamGroupsSecondParamGroup{HeaderTwo: to.Ptr("header2"), QueryTwo: to.Ptr[int32](42)}, nil)
	ok(t, "PostMultiParamGroups", err)
	_, err = c.PostSharedParameterGroupObject(ctx, &FirstParameterGroup{HeaderOne: to.Ptr("header"), QueryOne: to.Ptr[int32](21)}, nil)
	ok(t, "PostSharedParameterGroupObject", err)

	_, err = c.GroupWithConstant(ctx, &Grouper{GroupedConstant: to.Ptr(EncryptionAlgorithmType("foo")), GroupedParameter: to.Ptr("bar")}, nil)
	ok(t, "GroupWithConstant", err)
	_, err = c.GroupWithConstant(ctx, &Grouper{GroupedConstant: to.Ptr(EncryptionAlgorithmType("foo"))}, nil)
	if status(err) < 400 {
		t.Errorf("GroupWithConstant without groupedParameter: got %v, want an error status", err)
	}
}
