package examples

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"time"

	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/runtime/decode"
)

// goJSON returns what json.Marshal prints for the generated Go value decoded from the
// example JSON v of type t: struct fields in declaration order, absent and null fields
// omitted, map keys sorted, extra keys of a model with AdditionalProperties after its
// fields, and numbers, times and bytes re-encoded. The example functions' "Output:"
// comments are this, indented.
func goJSON(v *jsonv.Value, t *ir.Type) ([]byte, error) {
	var buf bytes.Buffer
	if err := encodeGo(&buf, v, t); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// indentedGoJSON is goJSON as json.MarshalIndent(x, "", "  ") prints it.
func indentedGoJSON(v *jsonv.Value, t *ir.Type) (string, error) {
	compact, err := goJSON(v, t)
	if err != nil {
		return "", err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		return "", fmt.Errorf("indent %s: %w", compact, err)
	}
	return out.String(), nil
}

func encodeGo(buf *bytes.Buffer, v *jsonv.Value, t *ir.Type) error {
	if v.Kind == jsonv.Null {
		return encodeZero(buf, t)
	}
	switch t.Kind {
	case ir.KindModel:
		if gocode.IsMapModel(t.Model) {
			return encodeMap(buf, v, t.Model.AdditionalProperties, nil)
		}
		if t.Model.Polymorphic() {
			return encodeModel(buf, v, concreteModel(v, t.Model))
		}
		return encodeModel(buf, v, t.Model)
	case ir.KindEnum:
		if t.Enum.Base == ir.String {
			return marshalInto(buf, v.Str)
		}
		return encodeGo(buf, v, &ir.Type{Kind: ir.KindPrimitive, Primitive: t.Enum.Base})
	case ir.KindArray:
		if v.Kind != jsonv.Array {
			return fmt.Errorf("want an array, got %s", v.Kind)
		}
		buf.WriteByte('[')
		for i, e := range v.Arr {
			if i > 0 {
				buf.WriteByte(',')
			}
			if err := encodeItem(buf, e, t.Elem); err != nil {
				return err
			}
		}
		buf.WriteByte(']')
		return nil
	case ir.KindMap:
		return encodeMap(buf, v, t.Elem, nil)
	}
	return encodePrimitive(buf, v, t.Primitive)
}

// encodeItem writes an element of a slice or map: a null one is a nil element (a nil
// pointer, slice, map or interface: gocode.ElemOf), which encodes as null again.
func encodeItem(buf *bytes.Buffer, v *jsonv.Value, t *ir.Type) error {
	if v.Kind == jsonv.Null {
		buf.WriteString("null")
		return nil
	}
	return encodeGo(buf, v, t)
}

// encodeModel writes a struct: fields in declaration order, then extra keys sorted.
func encodeModel(buf *bytes.Buffer, v *jsonv.Value, m *ir.Model) error {
	if v.Kind != jsonv.Object {
		return fmt.Errorf("%s: want an object, got %s", m.Name, v.Kind)
	}
	v = withDiscriminator(v, m)
	buf.WriteByte('{')
	n := 0
	declared := map[string]bool{}
	// The model's MarshalJSON writes the null of an x-nullable field and the seconds of a
	// unixtime after the other fields (see runtime/serde.Members).
	var last []*ir.Field
	for _, f := range m.Fields {
		declared[f.JSONName] = true
		fv := v.Get(f.JSONName)
		if fv == nil || (fv.Kind == jsonv.Null && !keepsNull(f)) {
			continue
		}
		if fv.Kind == jsonv.Null || f.Type.ContainsUnixTime() {
			last = append(last, f)
			continue
		}
		if n > 0 {
			buf.WriteByte(',')
		}
		n++
		marshalInto(buf, f.JSONName)
		buf.WriteByte(':')
		if err := encodeGo(buf, fv, f.Type); err != nil {
			return fmt.Errorf("%s.%s: %w", m.Name, f.Name, err)
		}
	}
	for _, f := range last {
		if n > 0 {
			buf.WriteByte(',')
		}
		n++
		marshalInto(buf, f.JSONName)
		buf.WriteByte(':')
		if fv := v.Get(f.JSONName); fv.Kind == jsonv.Null {
			buf.WriteString("null")
		} else if err := encodeGo(buf, fv, f.Type); err != nil {
			return fmt.Errorf("%s.%s: %w", m.Name, f.Name, err)
		}
	}
	if m.AdditionalProperties != nil {
		extra := &jsonv.Value{Kind: jsonv.Object}
		for _, mem := range v.Obj {
			if !declared[mem.Key] {
				extra.Obj = append(extra.Obj, mem)
			}
		}
		if len(extra.Obj) > 0 {
			var more bytes.Buffer
			if err := encodeMap(&more, extra, m.AdditionalProperties, nil); err != nil {
				return err
			}
			if n > 0 {
				buf.WriteByte(',')
			}
			buf.Write(more.Bytes()[1 : more.Len()-1])
		}
	}
	buf.WriteByte('}')
	return nil
}

// keepsNull reports whether a JSON null of field f decodes to azcore's null sentinel,
// which encodes as null again: an x-nullable field that Go does not hold in an interface.
func keepsNull(f *ir.Field) bool { return f.Nullable && !gocode.IsInterfaceType(f.Type) }

// encodeMap writes an object with sorted keys, as encoding/json writes a Go map.
func encodeMap(buf *bytes.Buffer, v *jsonv.Value, elem *ir.Type, _ map[string]bool) error {
	if v.Kind != jsonv.Object {
		return fmt.Errorf("want an object, got %s", v.Kind)
	}
	members := append([]jsonv.Member(nil), v.Obj...)
	sort.SliceStable(members, func(i, j int) bool { return members[i].Key < members[j].Key })
	buf.WriteByte('{')
	for i, mem := range members {
		if i > 0 {
			buf.WriteByte(',')
		}
		marshalInto(buf, mem.Key)
		buf.WriteByte(':')
		if err := encodeItem(buf, mem.Value, elem); err != nil {
			return fmt.Errorf("[%q]: %w", mem.Key, err)
		}
	}
	buf.WriteByte('}')
	return nil
}

// encodePrimitive re-encodes a scalar the way its Go type marshals.
func encodePrimitive(buf *bytes.Buffer, v *jsonv.Value, p ir.Primitive) error {
	switch p {
	case ir.String:
		return marshalInto(buf, v.Str)
	case ir.Bool:
		return marshalInto(buf, v.Bool)
	case ir.Int32, ir.Int64:
		// An integer may be written with a fraction or an exponent (8.0, 1e3), as the
		// literal builder accepts it (Literals.number); Go holds its exact value.
		f, ok := new(big.Float).SetString(v.Num)
		if !ok {
			return fmt.Errorf("%s %q: not a number", p.GoName(), v.Num)
		}
		i, acc := f.Int(nil)
		if acc != big.Exact || !i.IsInt64() || (p == ir.Int32 && i.Int64() != int64(int32(i.Int64()))) {
			return fmt.Errorf("%s %q: not an integer that fits", p.GoName(), v.Num)
		}
		return marshalInto(buf, i.Int64())
	case ir.Float32:
		f, err := strconv.ParseFloat(v.Num, 32)
		if err != nil {
			return fmt.Errorf("float32 %q: %w", v.Num, err)
		}
		return marshalInto(buf, float32(f))
	case ir.Float64:
		f, err := strconv.ParseFloat(v.Num, 64)
		if err != nil {
			return fmt.Errorf("float64 %q: %w", v.Num, err)
		}
		return marshalInto(buf, f)
	case ir.DateTime:
		// As the generated models decode it (see runtime/decode).
		tm, err := decode.ParseTime(v.Str)
		if err != nil {
			return fmt.Errorf("date-time %q: %w", v.Str, err)
		}
		return marshalInto(buf, tm)
	case ir.UnixTime:
		// Seconds since the epoch, exactly as the example has them.
		f, ok := new(big.Float).SetString(v.Num)
		if !ok {
			return fmt.Errorf("unixtime %q: not a number", v.Num)
		}
		i, acc := f.Int(nil)
		if acc != big.Exact || !i.IsInt64() {
			return fmt.Errorf("unixtime %q: not an int64", v.Num)
		}
		return marshalInto(buf, i.Int64())
	case ir.Bytes:
		b, err := base64.StdEncoding.DecodeString(v.Str)
		if err != nil {
			return fmt.Errorf("bytes %q: %w", v.Str, err)
		}
		return marshalInto(buf, b)
	}
	var x any
	if err := json.Unmarshal(jsonv.AppendCompact(nil, v), &x); err != nil {
		return err
	}
	return marshalInto(buf, x)
}

// encodeZero writes the zero value of a type, which a JSON null inside an array or map
// decodes to.
func encodeZero(buf *bytes.Buffer, t *ir.Type) error {
	switch t.Kind {
	case ir.KindModel:
		if gocode.IsMapModel(t.Model) || t.Model.Polymorphic() {
			buf.WriteString("null")
			return nil
		}
		buf.WriteString("{}")
		return nil
	case ir.KindEnum:
		return encodeZero(buf, &ir.Type{Kind: ir.KindPrimitive, Primitive: t.Enum.Base})
	case ir.KindArray, ir.KindMap:
		buf.WriteString("null")
		return nil
	}
	switch t.Primitive {
	case ir.String:
		buf.WriteString(`""`)
	case ir.Bool:
		buf.WriteString("false")
	case ir.Int32, ir.Int64, ir.Float32, ir.Float64:
		buf.WriteString("0")
	case ir.DateTime:
		return marshalInto(buf, time.Time{})
	default:
		buf.WriteString("null")
	}
	return nil
}

func marshalInto(buf *bytes.Buffer, x any) error {
	b, err := json.Marshal(x)
	if err != nil {
		return err
	}
	buf.Write(b)
	return nil
}
