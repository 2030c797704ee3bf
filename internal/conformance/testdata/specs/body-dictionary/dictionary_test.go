package bodydictionary

import (
	"context"
	"testing"
	"time"
)

func ptr[T any](v T) *T { return &v }

// TestDictionaryGet calls every GET: those the server answers with a value Go cannot decode
// must fail, the others must succeed (null values decode as zero values).
func TestDictionaryGet(t *testing.T) {
	ctx := context.Background()
	c, err := NewDictionaryClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	wantErr := map[string]bool{
		"GetInvalid": true, "GetBooleanInvalidString": true, "GetIntInvalidString": true,
		"GetLongInvalidString": true, "GetFloatInvalidString": true, "GetDoubleInvalidString": true,
		"GetStringWithInvalid": true, "GetDateTimeInvalidChars": true,
		// A null item of a map of date-times is the zero time, as encoding/json decodes it
		// (the array scenario too): GetDateTimeInvalidNull is not an error.
		// {null: "val1"} is not JSON.
		"GetNullKey": true,
	}
	calls := map[string]func() error{
		"GetArrayEmpty":           func() error { _, err := c.GetArrayEmpty(ctx, nil); return err },
		"GetArrayItemEmpty":       func() error { _, err := c.GetArrayItemEmpty(ctx, nil); return err },
		"GetArrayItemNull":        func() error { _, err := c.GetArrayItemNull(ctx, nil); return err },
		"GetArrayNull":            func() error { _, err := c.GetArrayNull(ctx, nil); return err },
		"GetArrayValid":           func() error { _, err := c.GetArrayValid(ctx, nil); return err },
		"GetBase64URL":            func() error { _, err := c.GetBase64URL(ctx, nil); return err },
		"GetBooleanInvalidNull":   func() error { _, err := c.GetBooleanInvalidNull(ctx, nil); return err },
		"GetBooleanInvalidString": func() error { _, err := c.GetBooleanInvalidString(ctx, nil); return err },
		"GetBooleanTfft":          func() error { _, err := c.GetBooleanTfft(ctx, nil); return err },
		"GetByteInvalidNull":      func() error { _, err := c.GetByteInvalidNull(ctx, nil); return err },
		"GetByteValid":            func() error { _, err := c.GetByteValid(ctx, nil); return err },
		"GetComplexEmpty":         func() error { _, err := c.GetComplexEmpty(ctx, nil); return err },
		"GetComplexItemEmpty":     func() error { _, err := c.GetComplexItemEmpty(ctx, nil); return err },
		"GetComplexItemNull":      func() error { _, err := c.GetComplexItemNull(ctx, nil); return err },
		"GetComplexNull":          func() error { _, err := c.GetComplexNull(ctx, nil); return err },
		"GetComplexValid":         func() error { _, err := c.GetComplexValid(ctx, nil); return err },
		"GetDateInvalidChars":     func() error { _, err := c.GetDateInvalidChars(ctx, nil); return err },
		"GetDateInvalidNull":      func() error { _, err := c.GetDateInvalidNull(ctx, nil); return err },
		"GetDateTimeInvalidChars": func() error { _, err := c.GetDateTimeInvalidChars(ctx, nil); return err },
		"GetDateTimeInvalidNull":  func() error { _, err := c.GetDateTimeInvalidNull(ctx, nil); return err },
		"GetDateTimeRFC1123Valid": func() error { _, err := c.GetDateTimeRFC1123Valid(ctx, nil); return err },
		"GetDateTimeValid":        func() error { _, err := c.GetDateTimeValid(ctx, nil); return err },
		"GetDateValid":            func() error { _, err := c.GetDateValid(ctx, nil); return err },
		"GetDictionaryEmpty":      func() error { _, err := c.GetDictionaryEmpty(ctx, nil); return err },
		"GetDictionaryItemEmpty":  func() error { _, err := c.GetDictionaryItemEmpty(ctx, nil); return err },
		"GetDictionaryItemNull":   func() error { _, err := c.GetDictionaryItemNull(ctx, nil); return err },
		"GetDictionaryNull":       func() error { _, err := c.GetDictionaryNull(ctx, nil); return err },
		"GetDictionaryValid":      func() error { _, err := c.GetDictionaryValid(ctx, nil); return err },
		"GetDoubleInvalidNull":    func() error { _, err := c.GetDoubleInvalidNull(ctx, nil); return err },
		"GetDoubleInvalidString":  func() error { _, err := c.GetDoubleInvalidString(ctx, nil); return err },
		"GetDoubleValid":          func() error { _, err := c.GetDoubleValid(ctx, nil); return err },
		"GetDurationValid":        func() error { _, err := c.GetDurationValid(ctx, nil); return err },
		"GetEmpty":                func() error { _, err := c.GetEmpty(ctx, nil); return err },
		"GetEmptyStringKey":       func() error { _, err := c.GetEmptyStringKey(ctx, nil); return err },
		"GetFloatInvalidNull":     func() error { _, err := c.GetFloatInvalidNull(ctx, nil); return err },
		"GetFloatInvalidString":   func() error { _, err := c.GetFloatInvalidString(ctx, nil); return err },
		"GetFloatValid":           func() error { _, err := c.GetFloatValid(ctx, nil); return err },
		"GetIntInvalidNull":       func() error { _, err := c.GetIntInvalidNull(ctx, nil); return err },
		"GetIntInvalidString":     func() error { _, err := c.GetIntInvalidString(ctx, nil); return err },
		"GetIntegerValid":         func() error { _, err := c.GetIntegerValid(ctx, nil); return err },
		"GetInvalid":              func() error { _, err := c.GetInvalid(ctx, nil); return err },
		"GetLongInvalidNull":      func() error { _, err := c.GetLongInvalidNull(ctx, nil); return err },
		"GetLongInvalidString":    func() error { _, err := c.GetLongInvalidString(ctx, nil); return err },
		"GetLongValid":            func() error { _, err := c.GetLongValid(ctx, nil); return err },
		"GetNull":                 func() error { _, err := c.GetNull(ctx, nil); return err },
		"GetNullKey":              func() error { _, err := c.GetNullKey(ctx, nil); return err },
		"GetNullValue":            func() error { _, err := c.GetNullValue(ctx, nil); return err },
		"GetStringValid":          func() error { _, err := c.GetStringValid(ctx, nil); return err },
		"GetStringWithInvalid":    func() error { _, err := c.GetStringWithInvalid(ctx, nil); return err },
		"GetStringWithNull":       func() error { _, err := c.GetStringWithNull(ctx, nil); return err },
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

func TestDictionaryPut(t *testing.T) {
	ctx := context.Background()
	c, err := NewDictionaryClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	_, err = c.PutEmpty(ctx, ptrMap(map[string]string{}), nil)
	ok(t, "PutEmpty", err)
	_, err = c.PutBooleanTfft(ctx, ptrMap(map[string]bool{"0": true, "1": false, "2": false, "3": true}), nil)
	ok(t, "PutBooleanTfft", err)
	_, err = c.PutIntegerValid(ctx, ptrMap(map[string]int32{"0": 1, "1": -1, "2": 3, "3": 300}), nil)
	ok(t, "PutIntegerValid", err)
	_, err = c.PutLongValid(ctx, ptrMap(map[string]int64{"0": 1, "1": -1, "2": 3, "3": 300}), nil)
	ok(t, "PutLongValid", err)
	_, err = c.PutFloatValid(ctx, ptrMap(map[string]float32{"0": 0, "1": -0.01, "2": -1.2e20}), nil)
	ok(t, "PutFloatValid", err)
	_, err = c.PutDoubleValid(ctx, ptrMap(map[string]float64{"0": 0, "1": -0.01, "2": -1.2e20}), nil)
	ok(t, "PutDoubleValid", err)
	_, err = c.PutStringValid(ctx, ptrMap(map[string]string{"0": "foo1", "1": "foo2", "2": "foo3"}), nil)
	ok(t, "PutStringValid", err)
	_, err = c.PutDateValid(ctx, ptrMap(map[string]string{"0": "2000-12-01", "1": "1980-01-02", "2": "1492-10-12"}), nil)
	ok(t, "PutDateValid", err)
	_, err = c.PutDateTimeValid(ctx, ptrMap(map[string]time.Time{"0": at("2000-12-01T00:00:01Z"), "1": at("1980-01-01T23:11:35Z"), "2": at("1492-10-12T18:15:01Z")}), nil)
	ok(t, "PutDateTimeValid", err)
	_, err = c.PutDateTimeRFC1123Valid(ctx, ptrMap(map[string]string{"0": "Fri, 01 Dec 2000 00:00:01 GMT", "1": "Wed, 02 Jan 1980 00:11:35 GMT", "2": "Wed, 12 Oct 1492 10:15:01 GMT"}), nil)
	ok(t, "PutDateTimeRFC1123Valid", err)
	_, err = c.PutDurationValid(ctx, ptrMap(map[string]string{"0": "P123DT22H14M12.011S", "1": "P5DT1H"}), nil)
	ok(t, "PutDurationValid", err)
	_, err = c.PutByteValid(ctx, map[string][]byte{"0": {255, 255, 255, 250}, "1": {1, 2, 3}, "2": {37, 41, 67}}, nil)
	ok(t, "PutByteValid", err)
	_, err = c.PutComplexValid(ctx, ptrMap(map[string]Widget{"0": {Integer: ptr[int32](1), String: ptr("2")}, "1": {Integer: ptr[int32](3), String: ptr("4")}, "2": {Integer: ptr[int32](5), String: ptr("6")}}), nil)
	ok(t, "PutComplexValid", err)
	_, err = c.PutArrayValid(ctx, map[string][]*string{"0": ptrSlice([]string{"1", "2", "3"}), "1": ptrSlice([]string{"4", "5", "6"}), "2": ptrSlice([]string{"7", "8", "9"})}, nil)
	ok(t, "PutArrayValid", err)
	_, err = c.PutDictionaryValid(ctx, map[string]map[string]*string{"0": ptrMap(map[string]string{"1": "one", "2": "two", "3": "three"}), "1": ptrMap(map[string]string{"4": "four", "5": "five", "6": "six"}), "2": ptrMap(map[string]string{"7": "seven", "8": "eight", "9": "nine"})}, nil)
	ok(t, "PutDictionaryValid", err)
}
