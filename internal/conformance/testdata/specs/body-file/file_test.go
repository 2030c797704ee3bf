package bodyfile

import (
	"bytes"
	"context"
	"io"
	"testing"
)

// type: file responses hand the caller the body as an io.ReadCloser.
//
// GetFileLarge is not called: the server queues its 3,000 MB answer in memory before the
// client reads it, which this shared machine cannot afford.
func TestFiles(t *testing.T) {
	ctx := context.Background()
	c, err := NewFilesClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.GetFile(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(res.Body)
	res.Body.Close()
	if err != nil || len(data) < 100 || !bytes.HasPrefix(data, []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("GetFile: %d bytes (%q...), %v; want the server's PNG", len(data), data[:min(len(data), 8)], err)
	}
	empty, err := c.GetEmptyFile(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err = io.ReadAll(empty.Body)
	empty.Body.Close()
	if err != nil || len(data) != 0 {
		t.Errorf("GetEmptyFile: %d bytes, %v; want none", len(data), err)
	}
}
