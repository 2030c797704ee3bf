package errorwithsecrets

import (
	"context"
	"testing"
)

// An error response is an *azcore.ResponseError with its status.
func TestErrorWithSecrets(t *testing.T) {
	c, err := NewClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetErrorWithSecrets(context.Background(), nil)
	eq(t, "GetErrorWithSecrets status", status(err), 403, nil)
}
