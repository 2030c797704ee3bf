//go:build goexperiment.jsonv2

// For information only: with GOEXPERIMENT=jsonv2, encoding/json/v2 exists and encoding/json itself
// runs on the v2 engine, so BenchmarkDecode measures all three contenders on it, and
// BenchmarkDecodeJSONv2 adds the v2 API called directly.
//
//	cd bench && GOEXPERIMENT=jsonv2 go test -run '^$' -bench . -benchmem -count 5

package bench

import (
	jsonv2 "encoding/json/v2"
	"reflect"
	"testing"
)

func decodeArmgenV2(b Bodies) (*Armgen, error) {
	var out Armgen
	if err := jsonv2.Unmarshal(b.PacketCaptures, &out.PacketCaptures); err != nil {
		return nil, err
	}
	if err := jsonv2.Unmarshal(b.Diagnostic, &out.Diagnostic); err != nil {
		return nil, err
	}
	return &out, nil
}

func decodeMapAnyV2(b Bodies) (*MapAny, error) {
	var out MapAny
	if err := jsonv2.Unmarshal(b.PacketCaptures, &out.PacketCaptures); err != nil {
		return nil, err
	}
	if err := jsonv2.Unmarshal(b.Diagnostic, &out.Diagnostic); err != nil {
		return nil, err
	}
	return &out, nil
}

// TestJSONv2SameModels: the v2 API fills the generated models exactly as encoding/json does.
func TestJSONv2SameModels(t *testing.T) {
	b := loadBodies(t)
	v1, err := DecodeArmgen(b)
	if err != nil {
		t.Fatal(err)
	}
	v2, err := decodeArmgenV2(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(v1, v2) {
		t.Errorf("json/v2 decoded\n%+v\nencoding/json decoded\n%+v", v2, v1)
	}
}

// BenchmarkDecodeJSONv2 decodes both bodies per op with the encoding/json/v2 API.
func BenchmarkDecodeJSONv2(b *testing.B) {
	bodies := loadBodies(b)
	for _, d := range []Decoder{
		{NameArmgen, func(b Bodies) error { _, err := decodeArmgenV2(b); return err }},
		{NameMapAny, func(b Bodies) error { _, err := decodeMapAnyV2(b); return err }},
	} {
		b.Run(d.Name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(bodies.Len()))
			for b.Loop() {
				if err := d.Decode(bodies); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
