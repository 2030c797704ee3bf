package mediatypes

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/streaming"
)

// Content types: JSON bodies, text bodies sent as they are (with the consumes type, charset
// included), binary bodies whose Content-Type the caller picks among the consumes types,
// and text/plain results read as they are.
//
// Known gaps, not called: AnalyzeBody and AnalyzeBodyNoAcceptHeader with application/pdf
// (a JSON model body cannot be sent as raw bytes), and BodyThreeTypes as text or bytes (its
// schema is {}: the body is JSON only). PutTextAndJSONBody has no route in this server
// version.
func TestMediaTypes(t *testing.T) {
	ctx := context.Background()
	c, err := NewClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	src := "https://example.test/a.pdf"
	res, err := c.AnalyzeBody(ctx, &ClientAnalyzeBodyOptions{Input: &SourcePath{Source: &src}})
	eqp(t, "AnalyzeBody json", res.Value, "Nice job with JSON", err)
	_, err = c.AnalyzeBodyNoAcceptHeader(ctx, &ClientAnalyzeBodyNoAcceptHeaderOptions{Input: &SourcePath{Source: &src}})
	ok(t, "AnalyzeBodyNoAcceptHeader json", err)

	input := "input"
	enc, err := c.ContentTypeWithEncoding(ctx, &ClientContentTypeWithEncodingOptions{Input: &input})
	eqp(t, "ContentTypeWithEncoding", enc.Value, "Nice job sending content type with encoding", err)

	octet := streaming.NopCloser(bytes.NewReader([]byte("hello, world")))
	_, err = c.BinaryBodyWithTwoContentTypes(ctx, octet, nil)
	ok(t, "BinaryBodyWithTwoContentTypes octet-stream", err)
	json := "application/json"
	_, err = c.BinaryBodyWithTwoContentTypes(ctx, streaming.NopCloser(strings.NewReader(`{"hello":"world"}`)),
		&ClientBinaryBodyWithTwoContentTypesOptions{ContentType: &json})
	ok(t, "BinaryBodyWithTwoContentTypes json", err)

	_, err = c.BinaryBodyWithThreeContentTypes(ctx, streaming.NopCloser(bytes.NewReader([]byte{1, 2, 3})), nil)
	ok(t, "BinaryBodyWithThreeContentTypes octet-stream", err)
	text := "text/plain"
	three, err := c.BinaryBodyWithThreeContentTypes(ctx, streaming.NopCloser(strings.NewReader("hello, world")),
		&ClientBinaryBodyWithThreeContentTypesOptions{ContentType: &text})
	ok(t, "BinaryBodyWithThreeContentTypes text", err)
	t.Logf("BinaryBodyWithThreeContentTypes answered %q", val(three.Value))

	_, err = c.BodyThreeTypes(ctx, map[string]any{"hello": "world"}, nil)
	ok(t, "BodyThreeTypes json", err)
}
