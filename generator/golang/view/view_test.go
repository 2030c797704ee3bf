package view

import (
	"strings"
	"testing"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/naming"
)

func TestLowerFirst(t *testing.T) {
	for in, want := range map[string]string{"Get": "get", "VMSecurityRules": "vmSecurityRules", "IPFlow": "ipFlow", "X": "x"} {
		if got := LowerFirst(in); got != want {
			t.Errorf("LowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClientSpecErrors(t *testing.T) {
	str := &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.String}
	list := &ir.Model{Name: "List", Fields: []*ir.Field{{Name: "Value", JSONName: "value", Type: &ir.Type{Kind: ir.KindArray, Elem: str}}}}
	for want, op := range map[string]*ir.Operation{
		"declares no success": {ID: "A_B", Name: "B", Group: "A", Method: "GET", Path: "/x", Responses: []*ir.Response{{Status: "default"}},
			LongRunning: &ir.LongRunning{}},
		"nextLinkName \"next\" is not a string property of List": {ID: "A_B", Name: "B", Group: "A", Method: "GET", Path: "/x",
			Responses: []*ir.Response{{Status: "200", Type: &ir.Type{Kind: ir.KindModel, Model: list}}}, Pageable: &ir.Pageable{NextLinkName: "next", ItemName: "value"}},
	} {
		if _, err := NewOp(op, naming.NewNamer()); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want %q", err, want)
		}
	}
	op := &ir.Operation{ID: "A_B", Name: "B", Group: "A", Method: "GET", Path: "/x/{missing}", Responses: []*ir.Response{{Status: "200"}}}
	v, _ := NewOp(op, naming.NewNamer())
	if _, err := v.PathParts(); err == nil || !strings.Contains(err.Error(), "{missing}") {
		t.Errorf("undeclared path parameter: %v", err)
	}
}
