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
	r, err := c.GetNull(ctx, nil)
	null(t, "GetNull", r.Value, err)
	if _, err := c.PutNull(ctx, nil); err != nil {
		t.Errorf("PutNull: %v", err)
	}
	e, err := c.GetEmpty(ctx, nil)
	eqp(t, "GetEmpty", e.Value, "", err)
	if _, err := c.PutEmpty(ctx, StringPutEmptyBodyX, nil); err != nil {
		t.Errorf("PutEmpty: %v", err)
	}
	m, err := c.GetMBCS(ctx, nil)
	eqp(t, "GetMbcs", m.Value, StringGetMBCSResponse(mbcs), err)
	if _, err := c.PutMBCS(ctx, StringPutMBCSBody(mbcs), nil); err != nil {
		t.Errorf("PutMbcs: %v", err)
	}
	w, err := c.GetWhitespace(ctx, nil)
	eqp(t, "GetWhitespace", w.Value, StringGetWhitespaceResponse(whitespace), err)
	if _, err := c.PutWhitespace(ctx, StringPutWhitespaceBody(whitespace), nil); err != nil {
		t.Errorf("PutWhitespace: %v", err)
	}
	np, err := c.GetNotProvided(ctx, nil)
	null(t, "GetNotProvided", np.Value, err)
	if r, err := c.GetBase64Encoded(ctx, nil); err != nil || string(r.Value) != "a string that gets encoded with base64" {
		t.Errorf("GetBase64Encoded: %q, %v", r.Value, err)
	}
	const b64url = "YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjR1cmw"
	u, err := c.GetBase64URLEncoded(ctx, nil)
	eqp(t, "GetBase64URLEncoded", u.Value, b64url, err)
	if _, err := c.PutBase64URLEncoded(ctx, b64url, nil); err != nil {
		t.Errorf("PutBase64URLEncoded: %v", err)
	}
	nu, err := c.GetNullBase64URLEncoded(ctx, nil)
	null(t, "GetNullBase64URLEncoded", nu.Value, err)
}

func TestEnum(t *testing.T) {
	ctx := context.Background()
	c, err := NewEnumClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	ne, err := c.GetNotExpandable(ctx, nil)
	eqp(t, "GetNotExpandable", ne.Value, ColorsRedColor, err)
	if _, err := c.PutNotExpandable(ctx, ColorsRedColor, nil); err != nil {
		t.Errorf("PutNotExpandable: %v", err)
	}
	rf, err := c.GetReferenced(ctx, nil)
	eqp(t, "GetReferenced", rf.Value, ColorsRedColor, err)
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
