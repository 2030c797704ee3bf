package header

import (
	"context"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

func ptr[T any](v T) *T { return &v }

// TestHeaderParams sends every header parameter scenario; the server answers 400 when a
// value is wrong.
//
// The response-header scenarios (ResponseXxx) are not called: armgen does not yet surface
// response headers in the response types, so there is nothing to check. ParamExistingKey is
// not called either: azcore's telemetry policy prefixes the User-Agent the client sets, and
// the server wants exactly "overwrite".
func TestHeaderParams(t *testing.T) {
	ctx := context.Background()
	c, err := NewHeaderClient(cred, opts(t))
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
			_, err := c.ParamString(ctx, "valid", &HeaderClientParamStringOptions{Value: ptr("The quick brown fox jumps over the lazy dog")})
			return err
		},
		"ParamString null": func() error { _, err := c.ParamString(ctx, "null", nil); return err },
		"ParamString empty": func() error {
			_, err := c.ParamString(ctx, "empty", &HeaderClientParamStringOptions{Value: ptr("")})
			return err
		},
		"ParamEnum valid": func() error {
			_, err := c.ParamEnum(ctx, "valid", &HeaderClientParamEnumOptions{Value: ptr("GREY")})
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
		"ParamDatetimeRfc1123 valid": func() error {
			_, err := c.ParamDatetimeRfc1123(ctx, "valid", &HeaderClientParamDatetimeRfc1123Options{Value: ptr("Fri, 01 Jan 2010 12:34:56 GMT")})
			return err
		},
		"ParamDatetimeRfc1123 min": func() error {
			_, err := c.ParamDatetimeRfc1123(ctx, "min", &HeaderClientParamDatetimeRfc1123Options{Value: ptr("Mon, 01 Jan 0001 00:00:00 GMT")})
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
