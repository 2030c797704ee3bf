package inspect

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
)

// The helpers in this file give a JSON tree the semantics it has once JavaScript's
// JSON.parse has read it: numbers are IEEE doubles, and object keys that are array
// indices come first, in ascending order. The jsprint package shares them.

// JSNumber returns the double that JSON.parse makes of the number literal lit:
// the nearest double, ±Infinity beyond the double range. It returns NaN for text
// that is not a number.
func JSNumber(lit string) float64 {
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil && !math.IsInf(f, 0) {
		return math.NaN()
	}
	return f
}

// NumberToString formats f as JavaScript's Number.prototype.toString() does
// (ECMAScript Number::toString with radix 10): the shortest digits that round-trip,
// plain notation for magnitudes in [1e-7, 1e21), exponent notation ("1e+21",
// "1.5e-7") otherwise, "0" for both zeros, "NaN", "Infinity" and "-Infinity".
func NumberToString(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	case f < 0:
		return "-" + NumberToString(-f)
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±xx
	mant, expText, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	exp, _ := strconv.Atoi(expText)
	k, n := len(digits), exp+1
	switch {
	case k <= n && n <= 21:
		return digits + strings.Repeat("0", n-k)
	case 0 < n && n <= 21:
		return digits[:n] + "." + digits[n:]
	case -6 < n && n <= 0:
		return "0." + strings.Repeat("0", -n) + digits
	}
	sign := "+"
	if n-1 < 0 {
		sign = "-"
	}
	abs := strconv.Itoa(int(math.Abs(float64(n - 1))))
	if k == 1 {
		return digits + "e" + sign + abs
	}
	return digits[:1] + "." + digits[1:] + "e" + sign + abs
}

// IsArrayIndex reports whether key is a canonical array index ("0", "17", up to
// 2^32-2), the keys that JavaScript orders first among an object's own properties.
func IsArrayIndex(key string) bool {
	if key == "" || len(key) > 10 || (key[0] == '0' && len(key) > 1) {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] < '0' || key[i] > '9' {
			return false
		}
	}
	n, err := strconv.ParseUint(key, 10, 64)
	return err == nil && n < 1<<32-1
}

// PropertyOrder returns the members of an object in JavaScript's own-property order:
// array-index keys in ascending numeric order, then the other keys in source order.
// It returns members itself when that order is already the source order.
func PropertyOrder(members []jsonv.Member) []jsonv.Member {
	nIndex := 0
	for _, m := range members {
		if IsArrayIndex(m.Key) {
			nIndex++
		}
	}
	if nIndex == 0 {
		return members
	}
	out := make([]jsonv.Member, 0, len(members))
	for _, m := range members {
		if IsArrayIndex(m.Key) {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, _ := strconv.ParseUint(out[i].Key, 10, 64)
		b, _ := strconv.ParseUint(out[j].Key, 10, 64)
		return a < b
	})
	for _, m := range members {
		if !IsArrayIndex(m.Key) {
			out = append(out, m)
		}
	}
	return out
}

// UTF16Len returns the length of s in UTF-16 code units, JavaScript's String length.
// s must be valid UTF-8: every byte that starts a sequence counts one unit, and a
// four-byte sequence (a character outside the BMP) counts two.
func UTF16Len(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b < 0x80 || (b >= 0xc0 && b < 0xf0):
			n++
		case b >= 0xf0:
			n += 2
		}
	}
	return n
}
