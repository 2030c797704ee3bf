package urlmulticollectionformat

import (
	"context"
	"testing"
)

// collectionFormat multi: one arrayQuery=<item> pair per item; nil and empty send no key.
func TestMulti(t *testing.T) {
	ctx := context.Background()
	c, err := NewQueriesClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.ArrayStringMultiNull(ctx, nil)
	ok(t, "ArrayStringMultiNull", err)
	_, err = c.ArrayStringMultiEmpty(ctx, &QueriesClientArrayStringMultiEmptyOptions{ArrayQuery: []string{}})
	ok(t, "ArrayStringMultiEmpty", err)
	// The spec's array holds a null item; a []string sends it as an empty value, which the
	// server accepts as the null.
	_, err = c.ArrayStringMultiValid(ctx, &QueriesClientArrayStringMultiValidOptions{
		ArrayQuery: []string{"ArrayQuery1", "begin!*'();:@ &=+$,/?#[]end", "", ""},
	})
	ok(t, "ArrayStringMultiValid", err)
}
