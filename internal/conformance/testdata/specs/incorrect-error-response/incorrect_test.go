package incorrecterrorresponse

import (
	"context"
	"testing"
)

// An error body that does not match the error schema still gives an *azcore.ResponseError.
func TestIncorrectError(t *testing.T) {
	c, err := NewIncorrectReturnedErrorModelClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetIncorrectErrorFromServer(context.Background(), nil)
	eq(t, "GetIncorrectErrorFromServer status", status(err), 444, nil)
}
