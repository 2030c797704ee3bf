package header

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

func ptr[T any](v T) *T { return &v }

// TestHeaderParams sends every header parameter scenario; the server answers 400 when a
// value is wrong.
//
// ParamExistingKey is not called: azcore's telemetry policy prefixes the User-Agent the
// client sets, and the server wants exactly "overwrite". TestHeaderResponses checks the
// response headers.
func TestHeaderParams(t *testing.T) {
	ctx := context.Background()
	c, err := NewClient(cred, opts(t))
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
	calls := map[string]func() error{
		"ParamProtectedKey":     func() error { _, err := c.ParamProtectedKey(ctx, "text/html", nil); return err },
		"ParamInteger positive": func() error { _, err := c.ParamInteger(ctx, "positive", 1, nil); return err },
		"ParamInteger negative": func() error { _, err := c.ParamInteger(ctx, "negative", -2, nil); return err },
		"ParamLong positive":    func() error { _, err := c.ParamLong(ctx, "positive", 105, nil); return err },
		"ParamLong negative":    func() error { _, err := c.ParamLong(ctx, "negative", -2, nil); return err },
		"ParamFloat positive":   func() error { _, err := c.ParamFloat(ctx, "positive", 0.07, nil); return err },
		"ParamFloat negative":   func() error { _, err := c.ParamFloat(ctx, "negative", -3.0, nil); return err },
		"ParamDouble positive":  func() error { _, err := c.ParamDouble(ctx, "positive", 7e120, nil); return err },
		"ParamDouble negative":  func() error { _, err := c.ParamDouble(ctx, "negative", -3.0, nil); return err },
		"ParamBool true":        func() error { _, err := c.ParamBool(ctx, "true", true, nil); return err },
		"ParamBool false":       func() error { _, err := c.ParamBool(ctx, "false", false, nil); return err },
		"ParamString valid": func() error {
			_, err := c.ParamString(ctx, "valid", &ClientParamStringOptions{Value: ptr("The quick brown fox jumps over the lazy dog")})
			return err
		},
		"ParamString null": func() error { _, err := c.ParamString(ctx, "null", nil); return err },
		"ParamString empty": func() error {
			_, err := c.ParamString(ctx, "empty", &ClientParamStringOptions{Value: ptr("")})
			return err
		},
		"ParamEnum valid": func() error {
			_, err := c.ParamEnum(ctx, "valid", &ClientParamEnumOptions{Value: ptr(GreyscaleColors("GREY"))})
			return err
		},
		"ParamEnum null":  func() error { _, err := c.ParamEnum(ctx, "null", nil); return err },
		"ParamDate valid": func() error { _, err := c.ParamDate(ctx, "valid", "2010-01-01", nil); return err },
		"ParamDate min":   func() error { _, err := c.ParamDate(ctx, "min", "0001-01-01", nil); return err },
		"ParamDatetime valid": func() error {
			_, err := c.ParamDatetime(ctx, "valid", at("2010-01-01T12:34:56Z"), nil)
			return err
		},
		"ParamDatetime min": func() error { _, err := c.ParamDatetime(ctx, "min", at("0001-01-01T00:00:00Z"), nil); return err },
		"ParamDatetimeRFC1123 valid": func() error {
			_, err := c.ParamDatetimeRFC1123(ctx, "valid", &ClientParamDatetimeRFC1123Options{Value: ptr("Fri, 01 Jan 2010 12:34:56 GMT")})
			return err
		},
		"ParamDatetimeRFC1123 min": func() error {
			_, err := c.ParamDatetimeRFC1123(ctx, "min", &ClientParamDatetimeRFC1123Options{Value: ptr("Mon, 01 Jan 0001 00:00:00 GMT")})
			return err
		},
		"ParamDuration valid": func() error { _, err := c.ParamDuration(ctx, "valid", "P123DT22H14M12.011S", nil); return err },
		"ParamByte valid": func() error {
			_, err := c.ParamByte(ctx, "valid", []byte("\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29"), nil)
			return err
		},
		"CustomRequestID": func() error {
			hctx := policy.WithHTTPHeader(ctx, map[string][]string{"x-ms-client-request-id": {"9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"}})
			_, err := c.CustomRequestID(hctx, nil)
			return err
		},
	}
	for name, call := range calls {
		ok(t, name, call())
	}
}

// unicode is the server's multi-byte string, written with escapes: it holds CJK
// compatibility ideographs that editors tend to normalize away.
const unicode = "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29"

// deref returns *p, or the zero value and false.
func deref[T any](p *T) (T, bool) {
	if p == nil {
		var zero T
		return zero, false
	}
	return *p, true
}

// header checks that a response header field holds want (present false: absent).
func header[T comparable](t *testing.T, op string, got *T, want T, present bool, err error) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: %v", op, err)
		return
	}
	v, ok := deref(got)
	if ok != present || v != want {
		t.Errorf("%s: header %v (present %v), want %v (present %v)", op, v, ok, want, present)
	}
}

// TestHeaderResponses: every declared response header is a typed field of the response,
// parsed from the response; an absent header is nil.
func TestHeaderResponses(t *testing.T) {
	ctx := context.Background()
	c, err := NewClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	ek, err := c.ResponseExistingKey(ctx, nil)
	header(t, "ResponseExistingKey", ek.UserAgent, "overwrite", true, err)
	// The server's framework adds a charset to the Content-Type it sets.
	pk, err := c.ResponseProtectedKey(ctx, nil)
	header(t, "ResponseProtectedKey", pk.ContentType, "text/html; charset=utf-8", true, err)

	i, err := c.ResponseInteger(ctx, "positive", nil)
	header(t, "ResponseInteger positive", i.Value, int32(1), true, err)
	i, err = c.ResponseInteger(ctx, "negative", nil)
	header(t, "ResponseInteger negative", i.Value, int32(-2), true, err)
	l, err := c.ResponseLong(ctx, "positive", nil)
	header(t, "ResponseLong positive", l.Value, int64(105), true, err)
	l, err = c.ResponseLong(ctx, "negative", nil)
	header(t, "ResponseLong negative", l.Value, int64(-2), true, err)
	f, err := c.ResponseFloat(ctx, "positive", nil)
	header(t, "ResponseFloat positive", f.Value, float32(0.07), true, err)
	f, err = c.ResponseFloat(ctx, "negative", nil)
	header(t, "ResponseFloat negative", f.Value, float32(-3), true, err)
	d, err := c.ResponseDouble(ctx, "positive", nil)
	header(t, "ResponseDouble positive", d.Value, 7e120, true, err)
	d, err = c.ResponseDouble(ctx, "negative", nil)
	header(t, "ResponseDouble negative", d.Value, -3.0, true, err)
	b, err := c.ResponseBool(ctx, "true", nil)
	header(t, "ResponseBool true", b.Value, true, true, err)
	b, err = c.ResponseBool(ctx, "false", nil)
	header(t, "ResponseBool false", b.Value, false, true, err)

	s, err := c.ResponseString(ctx, "valid", nil)
	header(t, "ResponseString valid", s.Value, "The quick brown fox jumps over the lazy dog", true, err)
	s, err = c.ResponseString(ctx, "empty", nil)
	header(t, "ResponseString empty", s.Value, "", true, err)
	s, err = c.ResponseString(ctx, "null", nil)
	ok(t, "ResponseString null", err)
	t.Logf("ResponseString null: the server sends the text %q", deref1(s.Value))

	e, err := c.ResponseEnum(ctx, "valid", nil)
	header(t, "ResponseEnum valid", e.Value, GreyscaleColorsGREY, true, err)
	e, err = c.ResponseEnum(ctx, "null", nil)
	header(t, "ResponseEnum null", e.Value, GreyscaleColors(""), false, err)

	dt, err := c.ResponseDate(ctx, "valid", nil)
	header(t, "ResponseDate valid", dt.Value, "2010-01-01", true, err)
	dt, err = c.ResponseDate(ctx, "min", nil)
	header(t, "ResponseDate min", dt.Value, "0001-01-01", true, err)
	tm, err := c.ResponseDatetime(ctx, "valid", nil)
	header(t, "ResponseDatetime valid", tm.Value, time.Date(2010, 1, 1, 12, 34, 56, 0, time.UTC), true, err)
	tm, err = c.ResponseDatetime(ctx, "min", nil)
	header(t, "ResponseDatetime min", tm.Value, time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), true, err)
	// date-time-rfc1123 keeps its text, as in models.
	r, err := c.ResponseDatetimeRFC1123(ctx, "valid", nil)
	header(t, "ResponseDatetimeRFC1123 valid", r.Value, "Fri, 01 Jan 2010 12:34:56 GMT", true, err)
	r, err = c.ResponseDatetimeRFC1123(ctx, "min", nil)
	header(t, "ResponseDatetimeRFC1123 min", r.Value, "Mon, 01 Jan 0001 00:00:00 GMT", true, err)
	du, err := c.ResponseDuration(ctx, "valid", nil)
	header(t, "ResponseDuration valid", du.Value, "P123DT22H14M12.011S", true, err)
	by, err := c.ResponseByte(ctx, "valid", nil)
	if err != nil || !bytes.Equal(by.Value, []byte(unicode)) {
		t.Errorf("ResponseByte valid: %q, %v; want %q", by.Value, err, unicode)
	}
}

func deref1(p *string) string {
	if p == nil {
		return "<absent>"
	}
	return *p
}
