package nonstringenum

import (
	"context"
	"testing"
)

func ptr[T any](v T) *T { return &v }

// Integer and number enums are typed numbers.
func TestNonStringEnums(t *testing.T) {
	ctx := context.Background()
	ic, err := NewIntClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	fc, _ := NewFloatClient(cred, opts(t))
	_, err = ic.Put(ctx, &IntClientPutOptions{Input: ptr(IntEnumTwoHundred)})
	ok(t, "Int.Put", err)
	i, err := ic.Get(ctx, nil)
	eqp(t, "Int.Get", i.Value, IntEnumFourHundredTwentyNine, err)
	_, err = fc.Put(ctx, &FloatClientPutOptions{Input: ptr(FloatEnumTwoHundred4)})
	ok(t, "Float.Put", err)
	f, err := fc.Get(ctx, nil)
	eqp(t, "Float.Get", f.Value, FloatEnumFourHundredTwentyNine1, err)
}
