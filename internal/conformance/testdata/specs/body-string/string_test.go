package bodystring

import (
	"context"
	"testing"
)

const whitespace = "    Now is the time for all good men to come to the aid of their country    "

var mbcs = string(PossibleStringPutMBCSBodyValues()[0])

func TestString(t *testing.T) {
	ctx := context.Background()
	c, err := NewStringClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := c.GetNull(ctx, nil); err != nil || r.Value != "" {
		t.Errorf("GetNull: %q, %v", r.Value, err)
	}
	if _, err := c.PutNull(ctx, nil); err != nil {
		t.Errorf("PutNull: %v", err)
	}
	if r, err := c.GetEmpty(ctx, nil); err != nil || r.Value != "" {
		t.Errorf("GetEmpty: %q, %v", r.Value, err)
	}
	if _, err := c.PutEmpty(ctx, StringPutEmptyBodyX, nil); err != nil {
		t.Errorf("PutEmpty: %v", err)
	}
	if r, err := c.GetMBCS(ctx, nil); err != nil || string(r.Value) != mbcs {
		t.Errorf("GetMbcs: %q, %v", r.Value, err)
	}
	if _, err := c.PutMBCS(ctx, StringPutMBCSBody(mbcs), nil); err != nil {
		t.Errorf("PutMbcs: %v", err)
	}
	if r, err := c.GetWhitespace(ctx, nil); err != nil || string(r.Value) != whitespace {
		t.Errorf("GetWhitespace: %q, %v", r.Value, err)
	}
	if _, err := c.PutWhitespace(ctx, StringPutWhitespaceBody(whitespace), nil); err != nil {
		t.Errorf("PutWhitespace: %v", err)
	}
	if r, err := c.GetNotProvided(ctx, nil); err != nil || r.Value != "" {
		t.Errorf("GetNotProvided: %q, %v", r.Value, err)
	}
	if r, err := c.GetBase64Encoded(ctx, nil); err != nil || string(r.Value) != "a string that gets encoded with base64" {
		t.Errorf("GetBase64Encoded: %q, %v", r.Value, err)
	}
	const b64url = "YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjR1cmw"
	if r, err := c.GetBase64URLEncoded(ctx, nil); err != nil || r.Value != b64url {
		t.Errorf("GetBase64URLEncoded: %q, %v", r.Value, err)
	}
	if _, err := c.PutBase64URLEncoded(ctx, b64url, nil); err != nil {
		t.Errorf("PutBase64URLEncoded: %v", err)
	}
	if r, err := c.GetNullBase64URLEncoded(ctx, nil); err != nil || len(r.Value) != 0 {
		t.Errorf("GetNullBase64URLEncoded: %q, %v", r.Value, err)
	}
}

func TestEnum(t *testing.T) {
	ctx := context.Background()
	c, err := NewEnumClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := c.GetNotExpandable(ctx, nil); err != nil || r.Value != ColorsRedColor {
		t.Errorf("GetNotExpandable: %q, %v", r.Value, err)
	}
	if _, err := c.PutNotExpandable(ctx, ColorsRedColor, nil); err != nil {
		t.Errorf("PutNotExpandable: %v", err)
	}
	if r, err := c.GetReferenced(ctx, nil); err != nil || r.Value != ColorsRedColor {
		t.Errorf("GetReferenced: %q, %v", r.Value, err)
	}
	if _, err := c.PutReferenced(ctx, ColorsRedColor, nil); err != nil {
		t.Errorf("PutReferenced: %v", err)
	}
	if r, err := c.GetReferencedConstant(ctx, nil); err != nil || r.Field1 == nil || *r.Field1 != "Sample String" {
		t.Errorf("GetReferencedConstant: %+v, %v", r, err)
	}
	green := ColorConstantGreenColor
	if _, err := c.PutReferencedConstant(ctx, RefColorConstant{ColorConstant: &green}, nil); err != nil {
		t.Errorf("PutReferencedConstant: %v", err)
	}
}
