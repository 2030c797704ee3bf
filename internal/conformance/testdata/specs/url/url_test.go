package url

import (
	"context"
	"testing"
	"time"
)

const encoded = "begin!*'();:@ &=+$,/?#[]end"

// unicode is the server's multi-byte string, written with escapes: it holds CJK
// compatibility ideographs that editors tend to normalize away.
const unicode = "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29"

// Path parameters of every type. A required parameter whose enum has one value is a
// constant the client sends itself. The spec declares only 400/default for the *Null
// operations: Go has no null string, so the client refuses the empty value before sending.
func TestPaths(t *testing.T) {
	ctx := context.Background()
	c, err := NewPathsClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	dt := time.Date(2012, 1, 1, 1, 1, 1, 0, time.UTC)
	for name, call := range map[string]func() error{
		"GetBooleanTrue":           func() error { _, err := c.GetBooleanTrue(ctx, nil); return err },
		"GetBooleanFalse":          func() error { _, err := c.GetBooleanFalse(ctx, nil); return err },
		"GetIntOneMillion":         func() error { _, err := c.GetIntOneMillion(ctx, nil); return err },
		"GetIntNegativeOneMillion": func() error { _, err := c.GetIntNegativeOneMillion(ctx, nil); return err },
		"GetTenBillion":            func() error { _, err := c.GetTenBillion(ctx, nil); return err },
		"GetNegativeTenBillion":    func() error { _, err := c.GetNegativeTenBillion(ctx, nil); return err },
		"FloatScientificPositive":  func() error { _, err := c.FloatScientificPositive(ctx, nil); return err },
		"FloatScientificNegative":  func() error { _, err := c.FloatScientificNegative(ctx, nil); return err },
		"DoubleDecimalPositive":    func() error { _, err := c.DoubleDecimalPositive(ctx, nil); return err },
		"DoubleDecimalNegative":    func() error { _, err := c.DoubleDecimalNegative(ctx, nil); return err },
		"StringUnicode":            func() error { _, err := c.StringUnicode(ctx, nil); return err },
		"StringURLEncoded":         func() error { _, err := c.StringURLEncoded(ctx, nil); return err },
		"StringURLNonEncoded":      func() error { _, err := c.StringURLNonEncoded(ctx, nil); return err },
		"EnumValid":                func() error { _, err := c.EnumValid(ctx, "green color", nil); return err },
		"ByteMultiByte": func() error {
			_, err := c.ByteMultiByte(ctx, []byte(unicode), nil)
			return err
		},
		"DateValid":     func() error { _, err := c.DateValid(ctx, nil); return err },
		"DateTimeValid": func() error { _, err := c.DateTimeValid(ctx, dt, nil); return err },
		// base64url is a format armgen does not know: a string; unixtime is a time.Time,
		// sent as seconds since the epoch.
		"Base64URL": func() error { _, err := c.Base64URL(ctx, "bG9yZW0", nil); return err },
		"UnixTimeURL": func() error {
			_, err := c.UnixTimeURL(ctx, time.Date(2016, 4, 13, 0, 0, 0, 0, time.UTC), nil)
			return err
		},
		"ArrayCSVInPath": func() error {
			_, err := c.ArrayCSVInPath(ctx, []string{"ArrayPath1", encoded, "", ""}, nil)
			return err
		},
	} {
		ok(t, name, call())
	}
	for name, call := range map[string]func() error{
		"StringEmpty": func() error { _, err := c.StringEmpty(ctx, "", nil); return err },
		"StringNull":  func() error { _, err := c.StringNull(ctx, "", nil); return err },
		"EnumNull":    func() error { _, err := c.EnumNull(ctx, "", nil); return err },
		"ByteEmpty":   func() error { _, err := c.ByteEmpty(ctx, []byte{}, nil); return err },
		"ByteNull":    func() error { _, err := c.ByteNull(ctx, nil, nil); return err },
		"DateNull":    func() error { _, err := c.DateNull(ctx, "", nil); return err },
	} {
		if err := call(); err == nil || status(err) != 0 {
			t.Errorf("%s: %v, want an error before any request is sent", name, err)
		}
	}
}

// Query parameters of every type; a nil option sends no key.
func TestQueries(t *testing.T) {
	ctx := context.Background()
	c, err := NewQueriesClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	dt := time.Date(2012, 1, 1, 1, 1, 1, 0, time.UTC)
	arr := []string{"ArrayQuery1", encoded, "", ""}
	green := URIColor("green color")
	for name, call := range map[string]func() error{
		"GetBooleanTrue":           func() error { _, err := c.GetBooleanTrue(ctx, nil); return err },
		"GetBooleanFalse":          func() error { _, err := c.GetBooleanFalse(ctx, nil); return err },
		"GetBooleanNull":           func() error { _, err := c.GetBooleanNull(ctx, nil); return err },
		"GetIntOneMillion":         func() error { _, err := c.GetIntOneMillion(ctx, nil); return err },
		"GetIntNegativeOneMillion": func() error { _, err := c.GetIntNegativeOneMillion(ctx, nil); return err },
		"GetIntNull":               func() error { _, err := c.GetIntNull(ctx, nil); return err },
		"GetTenBillion":            func() error { _, err := c.GetTenBillion(ctx, nil); return err },
		"GetNegativeTenBillion":    func() error { _, err := c.GetNegativeTenBillion(ctx, nil); return err },
		"GetLongNull":              func() error { _, err := c.GetLongNull(ctx, nil); return err },
		"FloatScientificPositive":  func() error { _, err := c.FloatScientificPositive(ctx, nil); return err },
		"FloatScientificNegative":  func() error { _, err := c.FloatScientificNegative(ctx, nil); return err },
		"FloatNull":                func() error { _, err := c.FloatNull(ctx, nil); return err },
		"DoubleDecimalPositive":    func() error { _, err := c.DoubleDecimalPositive(ctx, nil); return err },
		"DoubleDecimalNegative":    func() error { _, err := c.DoubleDecimalNegative(ctx, nil); return err },
		"DoubleNull":               func() error { _, err := c.DoubleNull(ctx, nil); return err },
		"StringUnicode":            func() error { _, err := c.StringUnicode(ctx, nil); return err },
		"StringURLEncoded":         func() error { _, err := c.StringURLEncoded(ctx, nil); return err },
		"StringEmpty":              func() error { _, err := c.StringEmpty(ctx, "", nil); return err },
		"StringNull":               func() error { _, err := c.StringNull(ctx, nil); return err },
		"EnumValid": func() error {
			_, err := c.EnumValid(ctx, &QueriesClientEnumValidOptions{EnumQuery: &green})
			return err
		},
		"EnumNull": func() error { _, err := c.EnumNull(ctx, nil); return err },
		"ByteMultiByte": func() error {
			b := []byte(unicode)
			_, err := c.ByteMultiByte(ctx, &QueriesClientByteMultiByteOptions{ByteQuery: &b})
			return err
		},
		"ByteEmpty":     func() error { _, err := c.ByteEmpty(ctx, []byte{}, nil); return err },
		"ByteNull":      func() error { _, err := c.ByteNull(ctx, nil); return err },
		"DateValid":     func() error { _, err := c.DateValid(ctx, nil); return err },
		"DateNull":      func() error { _, err := c.DateNull(ctx, nil); return err },
		"DateTimeValid": func() error { _, err := c.DateTimeValid(ctx, dt, nil); return err },
		"DateTimeNull":  func() error { _, err := c.DateTimeNull(ctx, nil); return err },
		"ArrayStringCSVValid": func() error {
			_, err := c.ArrayStringCSVValid(ctx, &QueriesClientArrayStringCSVValidOptions{ArrayQuery: arr})
			return err
		},
		"ArrayStringCSVNull": func() error { _, err := c.ArrayStringCSVNull(ctx, nil); return err },
		"ArrayStringCSVEmpty": func() error {
			_, err := c.ArrayStringCSVEmpty(ctx, &QueriesClientArrayStringCSVEmptyOptions{ArrayQuery: []string{}})
			return err
		},
		"ArrayStringNoCollectionFormatEmpty": func() error {
			a := []string{"hello", "nihao", "bonjour"}
			_, err := c.ArrayStringNoCollectionFormatEmpty(ctx, &QueriesClientArrayStringNoCollectionFormatEmptyOptions{ArrayQuery: a})
			return err
		},
		"ArrayStringSsvValid": func() error {
			_, err := c.ArrayStringSsvValid(ctx, &QueriesClientArrayStringSsvValidOptions{ArrayQuery: arr})
			return err
		},
		"ArrayStringTsvValid": func() error {
			_, err := c.ArrayStringTsvValid(ctx, &QueriesClientArrayStringTsvValidOptions{ArrayQuery: arr})
			return err
		},
		"ArrayStringPipesValid": func() error {
			_, err := c.ArrayStringPipesValid(ctx, &QueriesClientArrayStringPipesValidOptions{ArrayQuery: arr})
			return err
		},
	} {
		ok(t, name, call())
	}
}

// Path-item parameters: the global and local query parameters are options.
func TestPathItems(t *testing.T) {
	ctx := context.Background()
	c, err := NewPathItemsClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	s := func(v string) *string { return &v }
	_, err = c.GetAllWithValues(ctx, "pathItemStringPath", "globalStringPath", "localStringPath", &PathItemsClientGetAllWithValuesOptions{
		PathItemStringQuery: s("pathItemStringQuery"), GlobalStringQuery: s("globalStringQuery"), LocalStringQuery: s("localStringQuery")})
	ok(t, "GetAllWithValues", err)
	_, err = c.GetGlobalQueryNull(ctx, "pathItemStringPath", "globalStringPath", "localStringPath", &PathItemsClientGetGlobalQueryNullOptions{
		PathItemStringQuery: s("pathItemStringQuery"), LocalStringQuery: s("localStringQuery")})
	ok(t, "GetGlobalQueryNull", err)
	_, err = c.GetGlobalAndLocalQueryNull(ctx, "pathItemStringPath", "globalStringPath", "localStringPath", &PathItemsClientGetGlobalAndLocalQueryNullOptions{
		PathItemStringQuery: s("pathItemStringQuery")})
	ok(t, "GetGlobalAndLocalQueryNull", err)
	_, err = c.GetLocalPathItemQueryNull(ctx, "pathItemStringPath", "globalStringPath", "localStringPath", &PathItemsClientGetLocalPathItemQueryNullOptions{
		GlobalStringQuery: s("globalStringQuery")})
	ok(t, "GetLocalPathItemQueryNull", err)
}
