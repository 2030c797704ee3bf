package serde

import "time"

// Ptr reads a value with read into a new variable: null gives nil.
func Ptr[T any](r *Reader, read func(*Reader) T) *T {
	if r.Null() {
		return nil
	}
	v := read(r)
	if r.err != nil {
		return nil
	}
	return &v
}

// Slice reads an array, each item with read: null gives nil, [] an empty slice.
func Slice[T any](r *Reader, read func(*Reader) T) []T {
	if !r.Array() {
		return nil
	}
	out := []T{}
	for i := 0; r.Item(i); i++ {
		out = append(out, read(r))
	}
	return out
}

// Map reads an object into a map, each value with read: null gives nil, {} an empty map.
func Map[T any](r *Reader, read func(*Reader) T) map[string]T {
	if !r.Object() {
		return nil
	}
	out := map[string]T{}
	for i := 0; ; i++ {
		k, ok := r.Key(i)
		if !ok {
			break
		}
		key := string(k)
		out[key] = read(r)
	}
	return out
}

// String reads a string as S (an enum of strings).
func String[S ~string](r *Reader) S { return S(r.String()) }

// Bool reads a boolean as B.
func Bool[B ~bool](r *Reader) B { return B(r.Bool()) }

// Int32 reads an integer that fits an int32 as N.
func Int32[N ~int32](r *Reader) N { return N(r.Int32()) }

// Int64 reads an integer that fits an int64 as N.
func Int64[N ~int64](r *Reader) N { return N(r.Int64()) }

// Float32 reads a number as N.
func Float32[N ~float32](r *Reader) N { return N(r.Float32()) }

// Float64 reads a number as N.
func Float64[N ~float64](r *Reader) N { return N(r.Float64()) }

// Time reads a date-time (Reader.Time).
func Time(r *Reader) time.Time { return r.Time() }

// Any reads a value of no fixed schema (Reader.Any).
func Any(r *Reader) any { return r.Any() }

// Bytes reads a base64 string (Reader.Bytes).
func Bytes(r *Reader) []byte { return r.Bytes() }

// Fold returns the name among names that key equals ignoring case, as encoding/json matches
// a key that no field's name matches exactly, and true; or false.
func Fold(key []byte, names ...string) ([]byte, bool) {
	for _, n := range names {
		if len(n) == len(key) && equalFold(key, n) {
			return []byte(n), true
		}
	}
	return nil, false
}

// equalFold compares ASCII letters without case and other bytes exactly, as
// encoding/json's key matching does for the ASCII names of specs.
func equalFold(a []byte, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z' {
			return false
		}
	}
	return true
}

// StringPtr reads a string into a new variable; null gives nil.
func StringPtr(r *Reader) *string { return Ptr(r, (*Reader).String) }

// Int32Ptr reads an int32 into a new variable; null gives nil.
func Int32Ptr(r *Reader) *int32 { return Ptr(r, (*Reader).Int32) }

// Int64Ptr reads an int64 into a new variable; null gives nil.
func Int64Ptr(r *Reader) *int64 { return Ptr(r, (*Reader).Int64) }

// Float32Ptr reads a float32 into a new variable; null gives nil.
func Float32Ptr(r *Reader) *float32 { return Ptr(r, (*Reader).Float32) }

// Float64Ptr reads a float64 into a new variable; null gives nil.
func Float64Ptr(r *Reader) *float64 { return Ptr(r, (*Reader).Float64) }

// BoolPtr reads a boolean into a new variable; null gives nil.
func BoolPtr(r *Reader) *bool { return Ptr(r, (*Reader).Bool) }

// TimePtr reads a date-time (Reader.Time) into a new variable; null gives nil.
func TimePtr(r *Reader) *time.Time { return Ptr(r, Time) }
