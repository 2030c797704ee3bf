package constants

import (
	"context"
	"testing"
)

// Required parameters whose enum has one value are constants: the constructor and the methods
// do not ask for them, and the client sends path, query and header constants itself.
func TestClientConstants(t *testing.T) {
	c, err := NewContantsClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.PutClientConstants(context.Background(), nil)
	ok(t, "PutClientConstants", err)
}
