package validation_test

import (
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

// record runs f with a fresh Errors and returns its Error() text.
func record(f func(errs *validation.Errors)) string {
	var errs validation.Errors
	f(&errs)
	return errs.Error()
}

// expect compares a recorded Error() text with want.
func expect(t *testing.T, name, got, want string) {
	t.Helper()
	if got != want {
		t.Errorf("%s:\n got: %s\nwant: %s", name, got, want)
	}
}

func TestRequired(t *testing.T) {
	p := validation.Path{}.Field("properties").Field("target")
	const want = "properties.target: required: is required"
	s := "x"
	expect(t, "nil pointer", record(func(e *validation.Errors) { validation.Required[string](e, p, nil) }), want)
	expect(t, "set pointer", record(func(e *validation.Errors) { validation.Required(e, p, &s) }), "")
	expect(t, "empty string pointer", record(func(e *validation.Errors) { validation.Required(e, p, new(string)) }), "")
	expect(t, "nil slice", record(func(e *validation.Errors) { validation.RequiredSlice[int](e, p, nil) }), want)
	expect(t, "empty slice", record(func(e *validation.Errors) { validation.RequiredSlice(e, p, []int{}) }), "")
	expect(t, "nil map", record(func(e *validation.Errors) { validation.RequiredMap[string, int](e, p, nil) }), want)
	expect(t, "empty map", record(func(e *validation.Errors) { validation.RequiredMap(e, p, map[string]int{}) }), "")
	expect(t, "empty string", record(func(e *validation.Errors) { validation.RequiredString(e, p, "") }), want)
	expect(t, "string", record(func(e *validation.Errors) { validation.RequiredString(e, p, pcProtocol("TCP")) }), "")
}

func TestMinimumMaximum(t *testing.T) {
	p := validation.Path{}.Field("n")
	i32 := func(v int32) *int32 { return &v }
	i64 := func(v int64) *int64 { return &v }
	f32 := func(v float32) *float32 { return &v }
	f64 := func(v float64) *float64 { return &v }
	for _, c := range []struct {
		name string
		f    func(e *validation.Errors)
		want string
	}{
		{"int32 at minimum", func(e *validation.Errors) { validation.Minimum(e, p, i32(0), 0, false) }, ""},
		{"int32 below minimum", func(e *validation.Errors) { validation.Minimum(e, p, i32(-1), 0, false) },
			"n: minimum: must be greater than or equal to 0, got -1"},
		{"int32 at exclusive minimum", func(e *validation.Errors) { validation.Minimum(e, p, i32(0), 0, true) },
			"n: exclusiveMinimum: must be greater than 0, got 0"},
		{"int32 above exclusive minimum", func(e *validation.Errors) { validation.Minimum(e, p, i32(1), 0, true) }, ""},
		{"int32 nil", func(e *validation.Errors) { validation.Minimum(e, p, nil, int32(5), true) }, ""},
		{"int32 at maximum", func(e *validation.Errors) { validation.Maximum(e, p, i32(18000), 18000, false) }, ""},
		{"int32 above maximum", func(e *validation.Errors) { validation.Maximum(e, p, i32(18001), 18000, false) },
			"n: maximum: must be less than or equal to 18000, got 18001"},
		{"int32 at exclusive maximum", func(e *validation.Errors) { validation.Maximum(e, p, i32(18000), 18000, true) },
			"n: exclusiveMaximum: must be less than 18000, got 18000"},
		{"int64 at maximum", func(e *validation.Errors) { validation.Maximum(e, p, i64(4294967295), 4294967295, false) }, ""},
		{"int64 above maximum", func(e *validation.Errors) { validation.Maximum(e, p, i64(4294967296), 4294967295, false) },
			"n: maximum: must be less than or equal to 4294967295, got 4294967296"},
		{"int64 extremes", func(e *validation.Errors) { validation.Minimum(e, p, i64(math.MinInt64), math.MaxInt64, false) },
			"n: minimum: must be greater than or equal to 9223372036854775807, got -9223372036854775808"},
		{"float32 below minimum", func(e *validation.Errors) { validation.Minimum(e, p, f32(0.1), 0.2, false) },
			"n: minimum: must be greater than or equal to 0.2, got 0.1"},
		{"float32 at exclusive maximum", func(e *validation.Errors) { validation.Maximum(e, p, f32(1.5), 1.5, true) },
			"n: exclusiveMaximum: must be less than 1.5, got 1.5"},
		{"float64 in range", func(e *validation.Errors) {
			validation.Minimum(e, p, f64(0.5), 0, true)
			validation.Maximum(e, p, f64(0.5), 1, true)
		}, ""},
		{"float64 NaN", func(e *validation.Errors) {
			validation.Minimum(e, p, f64(math.NaN()), 0, false)
			validation.Maximum(e, p, f64(math.NaN()), 0, true)
		}, "n: minimum: must be greater than or equal to 0, got NaN\nn: exclusiveMaximum: must be less than 0, got NaN"},
		{"non-pointer values", func(e *validation.Errors) {
			validation.MinimumValue(e, p, 3, 4, false)
			validation.MaximumValue(e, p, 5.5, 5, false)
		}, "n: minimum: must be greater than or equal to 4, got 3\nn: maximum: must be less than or equal to 5, got 5.5"},
	} {
		expect(t, c.name, record(c.f), c.want)
	}
}

func TestMinLengthMaxLength(t *testing.T) {
	p := validation.Path{}.Field("name")
	s := func(v string) *string { return &v }
	for _, c := range []struct {
		name string
		f    func(e *validation.Errors)
		want string
	}{
		{"ASCII at the bounds", func(e *validation.Errors) {
			validation.MinLength(e, p, s("abc"), 3)
			validation.MaxLength(e, p, s("abc"), 3)
		}, ""},
		{"too short", func(e *validation.Errors) { validation.MinLength(e, p, s("ab"), 3) },
			`name: minLength: must be at least 3 characters long, got "ab"`},
		{"too long", func(e *validation.Errors) { validation.MaxLength(e, p, s("abcd"), 3) },
			`name: maxLength: must be at most 3 characters long, got "abcd"`},
		// Runes, not bytes: "héé" is 3 runes in 5 bytes; "日本語" 3 runes in 9 bytes.
		{"multi-byte within maxLength", func(e *validation.Errors) {
			validation.MaxLength(e, p, s("héé"), 3)
			validation.MaxLength(e, p, s("日本語"), 3)
		}, ""},
		{"multi-byte below minLength", func(e *validation.Errors) { validation.MinLength(e, p, s("日本"), 3) },
			`name: minLength: must be at least 3 characters long, got "日本"`},
		{"multi-byte above maxLength", func(e *validation.Errors) { validation.MaxLength(e, p, s("日本語x"), 3) },
			`name: maxLength: must be at most 3 characters long, got "日本語x"`},
		{"multi-byte at minLength", func(e *validation.Errors) { validation.MinLength(e, p, s("日本語"), 3) }, ""},
		{"nil", func(e *validation.Errors) {
			validation.MinLength[string](e, p, nil, 3)
			validation.MaxLength[string](e, p, nil, 0)
		}, ""},
		{"typed non-pointer", func(e *validation.Errors) {
			validation.MinLengthValue(e, p, pcProtocol(""), 1)
			validation.MaxLengthValue(e, p, pcProtocol("TCP"), 2)
		}, "name: minLength: must be at least 1 characters long, got \"\"\nname: maxLength: must be at most 2 characters long, got \"TCP\""},
	} {
		expect(t, c.name, record(c.f), c.want)
	}
}

func TestPattern(t *testing.T) {
	re := regexp.MustCompile(`^[a-z][a-z0-9-]{0,62}$`)
	p := validation.Path{}.Field("name")
	s := func(v string) *string { return &v }
	expect(t, "match", record(func(e *validation.Errors) { validation.Pattern(e, p, s("pc-1"), re) }), "")
	expect(t, "nil", record(func(e *validation.Errors) { validation.Pattern[string](e, p, nil, re) }), "")
	expect(t, "no match", record(func(e *validation.Errors) { validation.Pattern(e, p, s("1pc"), re) }),
		`name: pattern: must match the pattern "^[a-z][a-z0-9-]{0,62}$", got "1pc"`)
	expect(t, "unanchored", record(func(e *validation.Errors) {
		validation.PatternValue(e, p, "xx-abc-yy", regexp.MustCompile(`abc`))
	}), "")
}

func TestEnum(t *testing.T) {
	p := validation.Path{}.Field("protocol")
	v := func(s pcProtocol) *pcProtocol { return &s }
	expect(t, "allowed", record(func(e *validation.Errors) { validation.Enum(e, p, v("UDP"), "TCP", "UDP", "Any") }), "")
	expect(t, "nil", record(func(e *validation.Errors) { validation.Enum(e, p, nil, pcProtocol("TCP")) }), "")
	expect(t, "not allowed", record(func(e *validation.Errors) { validation.Enum(e, p, v("ICMP"), "TCP", "UDP", "Any") }),
		`protocol: enum: must be one of "TCP", "UDP", "Any", got "ICMP"`)
	expect(t, "case-sensitive", record(func(e *validation.Errors) { validation.Enum(e, p, v("tcp"), "TCP") }),
		`protocol: enum: must be one of "TCP", got "tcp"`)
	expect(t, "integers", record(func(e *validation.Errors) { validation.EnumValue(e, p, 3, 1, 2) }),
		`protocol: enum: must be one of 1, 2, got 3`)
}

func TestItems(t *testing.T) {
	p := validation.Path{}.Field("filters")
	s := func(v string) *string { return &v }
	for _, c := range []struct {
		name string
		f    func(e *validation.Errors)
		want string
	}{
		{"within bounds", func(e *validation.Errors) {
			validation.MinItems(e, p, []int{1}, 1)
			validation.MaxItems(e, p, []int{1, 2}, 2)
		}, ""},
		{"absent", func(e *validation.Errors) {
			validation.MinItems[int](e, p, nil, 1)
			validation.MaxItems[int](e, p, nil, 0)
		}, ""},
		{"too few", func(e *validation.Errors) { validation.MinItems(e, p, []int{}, 1) },
			"filters: minItems: must have at least 1 items, has 0"},
		{"too many", func(e *validation.Errors) { validation.MaxItems(e, p, []int{1, 2, 3}, 2) },
			"filters: maxItems: must have at most 2 items, has 3"},
		{"unique", func(e *validation.Errors) { validation.UniqueItems(e, p, []string{"a", "b", "c"}) }, ""},
		{"duplicates", func(e *validation.Errors) { validation.UniqueItems(e, p, []string{"a", "b", "a", "b", "a"}) },
			"filters[2]: uniqueItems: must not repeat item 0, got \"a\"\n" +
				"filters[3]: uniqueItems: must not repeat item 1, got \"b\"\n" +
				"filters[4]: uniqueItems: must not repeat item 0, got \"a\""},
		{"pointers compared by value", func(e *validation.Errors) {
			validation.UniqueItemsFunc(e, p, []*string{s("a"), nil, s("a"), nil}, validation.PtrEqual[string])
		}, "filters[2]: uniqueItems: must not repeat item 0, got \"a\"\nfilters[3]: uniqueItems: must not repeat item 1"},
		{"pointers unique", func(e *validation.Errors) {
			validation.UniqueItemsFunc(e, p, []*string{s("a"), s("b"), nil}, validation.PtrEqual[string])
		}, ""},
	} {
		expect(t, c.name, record(c.f), c.want)
	}
}

func TestMultipleOf(t *testing.T) {
	p := validation.Path{}.Field("n")
	for _, c := range []struct {
		name string
		f    func(e *validation.Errors)
		want string
	}{
		{"integers", func(e *validation.Errors) {
			validation.MultipleOfValue(e, p, int32(10), 5)
			validation.MultipleOfValue(e, p, int64(-15), 5)
			validation.MultipleOfValue(e, p, 0, 7)
			validation.MultipleOf[int](e, p, nil, 3)
		}, ""},
		{"integer not a multiple", func(e *validation.Errors) { validation.MultipleOfValue(e, p, int64(7), 5) },
			"n: multipleOf: must be a multiple of 5, got 7"},
		{"decimal steps", func(e *validation.Errors) {
			validation.MultipleOfValue(e, p, 0.3, 0.1)
			validation.MultipleOfValue(e, p, 19.99, 0.01)
			validation.MultipleOfValue(e, p, float32(1.5), 0.5)
			validation.MultipleOfValue(e, p, 1e20, 0.5)
		}, ""},
		{"float not a multiple", func(e *validation.Errors) { validation.MultipleOfValue(e, p, 0.35, 0.1) },
			"n: multipleOf: must be a multiple of 0.1, got 0.35"},
		{"NaN and Inf", func(e *validation.Errors) {
			validation.MultipleOfValue(e, p, math.NaN(), 1)
			validation.MultipleOfValue(e, p, math.Inf(-1), 1)
		}, "n: multipleOf: must be a multiple of 1, got NaN\nn: multipleOf: must be a multiple of 1, got -Inf"},
	} {
		expect(t, c.name, record(c.f), c.want)
	}
}

func TestInt32(t *testing.T) {
	p := validation.Path{}.Field("n")
	const msg = "n: format.int32: must be a whole number from -2147483648 to 2147483647, got "
	for _, c := range []struct {
		name string
		f    func(e *validation.Errors)
		want string
	}{
		{"in range", func(e *validation.Errors) {
			validation.Int32Value(e, p, int64(math.MaxInt32))
			validation.Int32Value(e, p, int64(math.MinInt32))
			validation.Int32Value(e, p, float64(-5))
			validation.Int32Value(e, p, uint64(math.MaxInt32))
			validation.Int32Value(e, p, int8(-128))
			validation.Int32[int64](e, p, nil)
		}, ""},
		{"above", func(e *validation.Errors) { validation.Int32Value(e, p, int64(math.MaxInt32)+1) }, msg + "2147483648"},
		{"below", func(e *validation.Errors) { validation.Int32Value(e, p, int64(math.MinInt32)-1) }, msg + "-2147483649"},
		{"unsigned above", func(e *validation.Errors) { validation.Int32Value(e, p, uint32(math.MaxUint32)) }, msg + "4294967295"},
		{"fraction", func(e *validation.Errors) { validation.Int32Value(e, p, 1.5) }, msg + "1.5"},
		{"huge float", func(e *validation.Errors) { validation.Int32Value(e, p, 1e300) }, msg + "1e+300"},
	} {
		expect(t, c.name, record(c.f), c.want)
	}
}

func TestReadOnly(t *testing.T) {
	p := validation.Path{}.Field("properties").Field("provisioningState")
	const msg = "properties.provisioningState: readOnly: is read-only: the service sets it, and a request must leave it out"
	s := "Succeeded"
	expect(t, "set", record(func(e *validation.Errors) { validation.ReadOnly(e, p, &s) }), msg+`, got "Succeeded"`)
	expect(t, "absent", record(func(e *validation.Errors) { validation.ReadOnly[string](e, p, nil) }), "")
	expect(t, "object", record(func(e *validation.Errors) { validation.ReadOnly(e, p, &struct{ A int }{}) }), msg)
	expect(t, "slice", record(func(e *validation.Errors) { validation.ReadOnlySlice(e, p, []int{}) }), msg)
	expect(t, "nil slice", record(func(e *validation.Errors) { validation.ReadOnlySlice[int](e, p, nil) }), "")
	expect(t, "map", record(func(e *validation.Errors) { validation.ReadOnlyMap(e, p, map[string]int{}) }), msg)

	// Validate ignores readOnly; ValidateRequest reports it.
	m := &packetCaptureResult{
		Name: &s, ID: &s,
		Properties: &packetCaptureResultProperties{
			packetCaptureParameters: *validPacketCapture().Properties,
			ProvisioningState:       &s,
		},
	}
	got := m.ValidateRequest().Error()
	want := strings.Join([]string{
		`name: readOnly: is read-only: the service sets it, and a request must leave it out, got "Succeeded"`,
		`id: readOnly: is read-only: the service sets it, and a request must leave it out, got "Succeeded"`,
		`properties.provisioningState: readOnly: is read-only: the service sets it, and a request must leave it out, got "Succeeded"`,
	}, "\n")
	expect(t, "ValidateRequest of a response", got, want)
}
