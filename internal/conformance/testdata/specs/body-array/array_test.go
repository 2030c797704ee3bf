package bodyarray

import (
	"context"
	"testing"
	"time"
)

func ptr[T any](v T) *T { return &v }

// TestArrayGet calls every GET: those the server answers with a value Go cannot decode must
// fail, the others must succeed (null items decode as zero values).
func TestArrayGet(t *testing.T) {
	ctx := context.Background()
	c, err := NewArrayClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	wantErr := map[string]bool{
		"GetInvalid": true, "GetBooleanInvalidString": true, "GetIntInvalidString": true,
		"GetLongInvalidString": true, "GetFloatInvalidString": true, "GetDoubleInvalidString": true,
		"GetStringWithInvalid": true, "GetDateTimeInvalidChars": true,
	}
	calls := map[string]func() error{
		"GetNull":                 func() error { _, err := c.GetNull(ctx, nil); return err },
		"GetInvalid":              func() error { _, err := c.GetInvalid(ctx, nil); return err },
		"GetEmpty":                func() error { _, err := c.GetEmpty(ctx, nil); return err },
		"GetBooleanTfft":          func() error { _, err := c.GetBooleanTfft(ctx, nil); return err },
		"GetBooleanInvalidNull":   func() error { _, err := c.GetBooleanInvalidNull(ctx, nil); return err },
		"GetBooleanInvalidString": func() error { _, err := c.GetBooleanInvalidString(ctx, nil); return err },
		"GetIntegerValid":         func() error { _, err := c.GetIntegerValid(ctx, nil); return err },
		"GetIntInvalidNull":       func() error { _, err := c.GetIntInvalidNull(ctx, nil); return err },
		"GetIntInvalidString":     func() error { _, err := c.GetIntInvalidString(ctx, nil); return err },
		"GetLongValid":            func() error { _, err := c.GetLongValid(ctx, nil); return err },
		"GetLongInvalidNull":      func() error { _, err := c.GetLongInvalidNull(ctx, nil); return err },
		"GetLongInvalidString":    func() error { _, err := c.GetLongInvalidString(ctx, nil); return err },
		"GetFloatValid":           func() error { _, err := c.GetFloatValid(ctx, nil); return err },
		"GetFloatInvalidNull":     func() error { _, err := c.GetFloatInvalidNull(ctx, nil); return err },
		"GetFloatInvalidString":   func() error { _, err := c.GetFloatInvalidString(ctx, nil); return err },
		"GetDoubleValid":          func() error { _, err := c.GetDoubleValid(ctx, nil); return err },
		"GetDoubleInvalidNull":    func() error { _, err := c.GetDoubleInvalidNull(ctx, nil); return err },
		"GetDoubleInvalidString":  func() error { _, err := c.GetDoubleInvalidString(ctx, nil); return err },
		"GetStringValid":          func() error { _, err := c.GetStringValid(ctx, nil); return err },
		"GetEnumValid":            func() error { _, err := c.GetEnumValid(ctx, nil); return err },
		"GetStringEnumValid":      func() error { _, err := c.GetStringEnumValid(ctx, nil); return err },
		"GetStringWithNull":       func() error { _, err := c.GetStringWithNull(ctx, nil); return err },
		"GetStringWithInvalid":    func() error { _, err := c.GetStringWithInvalid(ctx, nil); return err },
		"GetUUIDValid":            func() error { _, err := c.GetUUIDValid(ctx, nil); return err },
		"GetUUIDInvalidChars":     func() error { _, err := c.GetUUIDInvalidChars(ctx, nil); return err },
		"GetDateValid":            func() error { _, err := c.GetDateValid(ctx, nil); return err },
		"GetDateInvalidNull":      func() error { _, err := c.GetDateInvalidNull(ctx, nil); return err },
		"GetDateInvalidChars":     func() error { _, err := c.GetDateInvalidChars(ctx, nil); return err },
		"GetDateTimeValid":        func() error { _, err := c.GetDateTimeValid(ctx, nil); return err },
		"GetDateTimeInvalidNull":  func() error { _, err := c.GetDateTimeInvalidNull(ctx, nil); return err },
		"GetDateTimeInvalidChars": func() error { _, err := c.GetDateTimeInvalidChars(ctx, nil); return err },
		"GetDateTimeRFC1123Valid": func() error { _, err := c.GetDateTimeRFC1123Valid(ctx, nil); return err },
		"GetDurationValid":        func() error { _, err := c.GetDurationValid(ctx, nil); return err },
		"GetByteValid":            func() error { _, err := c.GetByteValid(ctx, nil); return err },
		"GetByteInvalidNull":      func() error { _, err := c.GetByteInvalidNull(ctx, nil); return err },
		"GetBase64URL":            func() error { _, err := c.GetBase64URL(ctx, nil); return err },
		"GetComplexNull":          func() error { _, err := c.GetComplexNull(ctx, nil); return err },
		"GetComplexEmpty":         func() error { _, err := c.GetComplexEmpty(ctx, nil); return err },
		"GetComplexItemNull":      func() error { _, err := c.GetComplexItemNull(ctx, nil); return err },
		"GetComplexItemEmpty":     func() error { _, err := c.GetComplexItemEmpty(ctx, nil); return err },
		"GetComplexValid":         func() error { _, err := c.GetComplexValid(ctx, nil); return err },
		"GetArrayNull":            func() error { _, err := c.GetArrayNull(ctx, nil); return err },
		"GetArrayEmpty":           func() error { _, err := c.GetArrayEmpty(ctx, nil); return err },
		"GetArrayItemNull":        func() error { _, err := c.GetArrayItemNull(ctx, nil); return err },
		"GetArrayItemEmpty":       func() error { _, err := c.GetArrayItemEmpty(ctx, nil); return err },
		"GetArrayValid":           func() error { _, err := c.GetArrayValid(ctx, nil); return err },
		"GetDictionaryNull":       func() error { _, err := c.GetDictionaryNull(ctx, nil); return err },
		"GetDictionaryEmpty":      func() error { _, err := c.GetDictionaryEmpty(ctx, nil); return err },
		"GetDictionaryItemNull":   func() error { _, err := c.GetDictionaryItemNull(ctx, nil); return err },
		"GetDictionaryItemEmpty":  func() error { _, err := c.GetDictionaryItemEmpty(ctx, nil); return err },
		"GetDictionaryValid":      func() error { _, err := c.GetDictionaryValid(ctx, nil); return err },
	}
	for name, call := range calls {
		err := call()
		if wantErr[name] {
			fails(t, name, err)
		} else {
			ok(t, name, err)
		}
	}
}

func TestArrayPut(t *testing.T) {
	ctx := context.Background()
	c, err := NewArrayClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	_, err = c.PutEmpty(ctx, ptrSlice([]string{}), nil)
	ok(t, "PutEmpty", err)
	_, err = c.PutBooleanTfft(ctx, ptrSlice([]bool{true, false, false, true}), nil)
	ok(t, "PutBooleanTfft", err)
	_, err = c.PutIntegerValid(ctx, ptrSlice([]int32{1, -1, 3, 300}), nil)
	ok(t, "PutIntegerValid", err)
	_, err = c.PutLongValid(ctx, ptrSlice([]int64{1, -1, 3, 300}), nil)
	ok(t, "PutLongValid", err)
	_, err = c.PutFloatValid(ctx, ptrSlice([]float32{0, -0.01, -1.2e20}), nil)
	ok(t, "PutFloatValid", err)
	_, err = c.PutDoubleValid(ctx, ptrSlice([]float64{0, -0.01, -1.2e20}), nil)
	ok(t, "PutDoubleValid", err)
	_, err = c.PutStringValid(ctx, ptrSlice([]string{"foo1", "foo2", "foo3"}), nil)
	ok(t, "PutStringValid", err)
	_, err = c.PutEnumValid(ctx, ptrSlice([]FooEnum{FooEnumFoo1, FooEnumFoo2, FooEnumFoo3}), nil)
	ok(t, "PutEnumValid", err)
	_, err = c.PutStringEnumValid(ctx, ptrSlice([]ArrayPutStringEnumValidBodyItem{ArrayPutStringEnumValidBodyItemFoo1, ArrayPutStringEnumValidBodyItemFoo2, ArrayPutStringEnumValidBodyItemFoo3}), nil)
	ok(t, "PutStringEnumValid", err)
	_, err = c.PutUUIDValid(ctx, ptrSlice([]string{"6dcc7237-45fe-45c4-8a6b-3a8a3f625652", "d1399005-30f7-40d6-8da6-dd7c89ad34db", "f42f6aa1-a5bc-4ddf-907e-5f915de43205"}), nil)
	ok(t, "PutUUIDValid", err)
	_, err = c.PutDateValid(ctx, ptrSlice([]string{"2000-12-01", "1980-01-02", "1492-10-12"}), nil)
	ok(t, "PutDateValid", err)
	_, err = c.PutDateTimeValid(ctx, ptrSlice([]time.Time{day("2000-12-01T00:00:01Z"), day("1980-01-02T00:11:35Z"), day("1492-10-12T10:15:01Z")}), nil)
	ok(t, "PutDateTimeValid", err)
	_, err = c.PutDateTimeRFC1123Valid(ctx, ptrSlice([]string{"Fri, 01 Dec 2000 00:00:01 GMT", "Wed, 02 Jan 1980 00:11:35 GMT", "Wed, 12 Oct 1492 10:15:01 GMT"}), nil)
	ok(t, "PutDateTimeRFC1123Valid", err)
	_, err = c.PutDurationValid(ctx, ptrSlice([]string{"P123DT22H14M12.011S", "P5DT1H"}), nil)
	ok(t, "PutDurationValid", err)
	_, err = c.PutByteValid(ctx, [][]byte{{255, 255, 255, 250}, {1, 2, 3}, {37, 41, 67}}, nil)
	ok(t, "PutByteValid", err)
	_, err = c.PutComplexValid(ctx, ptrSlice([]Product{{Integer: ptr[int32](1), String: ptr("2")}, {Integer: ptr[int32](3), String: ptr("4")}, {Integer: ptr[int32](5), String: ptr("6")}}), nil)
	ok(t, "PutComplexValid", err)
	_, err = c.PutArrayValid(ctx, [][]*string{ptrSlice([]string{"1", "2", "3"}), ptrSlice([]string{"4", "5", "6"}), ptrSlice([]string{"7", "8", "9"})}, nil)
	ok(t, "PutArrayValid", err)
	_, err = c.PutDictionaryValid(ctx, []map[string]*string{ptrMap(map[string]string{"1": "one", "2": "two", "3": "three"}), ptrMap(map[string]string{"4": "four", "5": "five", "6": "six"}), ptrMap(map[string]string{"7": "seven", "8": "eight", "9": "nine"})}, nil)
	ok(t, "PutDictionaryValid", err)
}
