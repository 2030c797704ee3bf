package bodyformdata

import (
	"context"
	"io"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/streaming"
)

// A type: file formData field is a multipart part; the server echoes the file back, and the
// type: file result streams it to the caller. UploadFiles is not called: this server
// version has no route for it.
func TestFormData(t *testing.T) {
	ctx := context.Background()
	c, err := NewFormdataClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	const content = "Test file content\nsecond line"
	res, err := c.UploadFile(ctx, streaming.NopCloser(strings.NewReader(content)), "UploadFile.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(res.Body)
	res.Body.Close()
	eq(t, "UploadFile echo", string(got), content, err)

	via, err := c.UploadFileViaBody(ctx, streaming.NopCloser(strings.NewReader(content)), nil)
	if err != nil {
		t.Fatal(err)
	}
	got, err = io.ReadAll(via.Body)
	via.Body.Close()
	eq(t, "UploadFileViaBody echo", string(got), content, err)
}
