package custombaseurlmoreoptions

import (
	"context"
	"testing"
)

// x-ms-parameterized-host "{vault}{secret}{dnsSuffix}" without the scheme prefix: vault and
// secret (inline) are method arguments, dnsSuffix ($ref) a constructor argument, all sent as
// they are (x-ms-skip-url-encoding).
func TestCustomBaseURLMoreOptions(t *testing.T) {
	o, server, seen := hostOpts(t)
	// "http://" + "127.0.0" + ".1:N" makes the server's URL.
	c, err := NewPathsClient(server[len("127.0.0"):], "test12", cred, o)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetEmpty(context.Background(), "http://", "127.0.0", "key1", &PathsClientGetEmptyOptions{KeyVersion: ptr("v1")})
	ok(t, "GetEmpty", err)
	if want := "http://" + server + "/customuri/test12/key1?keyVersion=v1"; len(*seen) != 1 || (*seen)[0] != want {
		t.Errorf("GetEmpty requested %q, want [%s]", *seen, want)
	}
}

func ptr[T any](v T) *T { return &v }
