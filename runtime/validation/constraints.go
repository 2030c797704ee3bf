package validation

// Integer is the type constraint of the integer helpers: every Go integer type
// and every type defined on one.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Float is the type constraint of the floating-point types.
type Float interface {
	~float32 | ~float64
}

// Number is the type constraint of the numeric helpers (Minimum, Maximum,
// MultipleOf, Int32): JSON Schema "integer" and "number" values, whatever Go
// type the generator chose for them.
type Number interface {
	Integer | Float
}

// isFloat reports whether N is a floating-point type.
func isFloat[N Number]() bool {
	var half N = 1
	half /= 2
	return half != 0
}

// formatNumber renders a bound or a value of a numeric helper for a message.
func formatNumber[N Number](n N) string {
	return formatValue(scalar(n))
}
