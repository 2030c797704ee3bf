package bodybinary

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/streaming"
)

// Binary request bodies are sent as they are, with the content type the spec consumes; a
// streamed download that fails is an *azcore.ResponseError.
func TestBinary(t *testing.T) {
	ctx := context.Background()
	up, err := NewUploadClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	// format: file with consumes application/json: the bytes are the JSON document.
	_, err = up.File(ctx, streaming.NopCloser(strings.NewReader(`{"more": "cowbell"}`)), nil)
	ok(t, "File", err)
	_, err = up.Binary(ctx, streaming.NopCloser(bytes.NewReader([]byte{0, 1, 2, 0xff})), nil)
	ok(t, "Binary", err)

	down, err := NewDownloadClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	res, err := down.ErrorStream(ctx, nil)
	if res.Body != nil {
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
	}
	eq(t, "ErrorStream status", status(err), 400, nil)
}
