package view

import (
	"reflect"
	"testing"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
)

// TestImpliedSuccess: an operation that declares only error responses succeeds on any 2xx
// (without a body, even when "default" has a schema); a declared success keeps its statuses.
func TestImpliedSuccess(t *testing.T) {
	errModel := &ir.Type{Kind: ir.KindModel, Model: &ir.Model{Name: "Error"}}
	for _, tc := range []struct {
		responses []*ir.Response
		want      []int
		implied   bool
	}{
		{[]*ir.Response{{Status: "default", Type: errModel}}, []int{200, 201, 202, 203, 204, 205, 206}, true},
		{[]*ir.Response{{Status: "400"}, {Status: "default", Type: errModel}}, []int{200, 201, 202, 203, 204, 205, 206}, true},
		{[]*ir.Response{{Status: "204"}, {Status: "default", Type: errModel}}, []int{204}, false},
	} {
		op := &ir.Operation{ID: "A_B", Name: "B", Group: "A", Method: "PUT", Path: "/x", Responses: tc.responses}
		v, err := NewOp(op, naming.NewNamer())
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(v.Success, tc.want) || v.ImpliedSuccess != tc.implied || v.Result != nil {
			t.Errorf("%d responses: success %v implied %v result %v, want %v %v nil", len(tc.responses), v.Success, v.ImpliedSuccess, v.Result, tc.want, tc.implied)
		}
	}
	pager := &ir.Operation{ID: "A_L", Name: "L", Group: "A", Method: "GET", Path: "/x", Responses: []*ir.Response{{Status: "default"}},
		Pageable: &ir.Pageable{ItemName: "value"}}
	if _, err := NewOp(pager, naming.NewNamer()); err == nil {
		t.Error("a pager without a success response was accepted")
	}
}
