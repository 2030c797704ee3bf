package reservedwords

import (
	"context"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/streaming"
)

// Parameters named like Go identifiers or the client's locals (url, json, data, files,
// content) and collectionFormat multi, formData and binary bodies.
func TestReservedWords(t *testing.T) {
	ctx := context.Background()
	c, err := NewClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.OperationWithContentParam(ctx, streaming.NopCloser(strings.NewReader("hello, world")), nil)
	ok(t, "OperationWithContentParam", err)
	_, err = c.OperationWithJSONParam(ctx, map[string]any{"hello": "world"}, nil)
	ok(t, "OperationWithJSONParam", err)
	_, err = c.OperationWithDataParam(ctx, "hello", "world", nil)
	ok(t, "OperationWithDataParam", err)
	_, err = c.OperationWithFilesParam(ctx, streaming.NopCloser(strings.NewReader("file contents")), "my.txt", nil)
	ok(t, "OperationWithFilesParam", err)
	_, err = c.OperationWithURL(ctx, "foo", "x-ms-header", &ClientOperationWithURLOptions{QueryParameters: []string{"one", "two"}})
	ok(t, "OperationWithURL", err)
	_, err = c.ReservedEnum(ctx, "import", nil)
	ok(t, "ReservedEnum", err)

	imp, err := NewImportClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = imp.OperationOne(ctx, "foo", nil)
	ok(t, "OperationOne", err)
}
