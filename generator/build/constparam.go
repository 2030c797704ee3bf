package build

import (
	"fmt"
	"strconv"

	"github.com/armgen/armgen/generator/ir"
	"github.com/go-openapi/spec"
)

// constantValue returns the wire form of a parameter that can only ever have one value: a
// required path, query or header parameter whose enum lists exactly one value and is not an
// extensible enum (x-ms-enum modelAsString: true). Clients send it themselves instead of
// asking the caller for the only value the service accepts. ok is false for any other parameter.
func constantValue(sp *spec.Parameter, p *ir.Parameter) (wire string, ok bool) {
	if !p.Required || p.In == ir.InBody || len(sp.Enum) != 1 || p.Type == nil || p.Type.Kind != ir.KindPrimitive {
		return "", false
	}
	if xe, found := sp.Extensions["x-ms-enum"]; found {
		if m, isMap := xe.(map[string]any); isMap && m["modelAsString"] == true {
			return "", false
		}
	}
	switch v := sp.Enum[0].(type) {
	case string:
		// An empty constant could not be told from "no constant" (Parameter.Constant ""):
		// the parameter stays an argument.
		return v, p.Type.Primitive == ir.String && v != ""
	case bool:
		return strconv.FormatBool(v), p.Type.Primitive == ir.Bool
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64), isNumber(p.Type.Primitive)
	case int64:
		return strconv.FormatInt(v, 10), isNumber(p.Type.Primitive)
	case int:
		return strconv.Itoa(v), isNumber(p.Type.Primitive)
	case fmt.Stringer: // json.Number
		return v.String(), isNumber(p.Type.Primitive)
	}
	return "", false
}

func isNumber(p ir.Primitive) bool {
	switch p {
	case ir.Int32, ir.Int64, ir.Float32, ir.Float64:
		return true
	}
	return false
}
