package bodyformdataurlencoded

import (
	"context"
	"testing"
)

// formData fields of an application/x-www-form-urlencoded operation travel as one encoded
// body; an absent optional field is left out.
func TestURLEncoded(t *testing.T) {
	ctx := context.Background()
	c, err := NewFormdataurlencodedClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	name := "Fido"
	_, err = c.UpdatePetWithForm(ctx, 1, "dog", "meat", 42, &FormdataurlencodedClientUpdatePetWithFormOptions{Name: &name})
	ok(t, "UpdatePetWithForm", err)
	_, err = c.PartialConstantBody(ctx, "bar", "foo", nil) // grant_type is a constant
	ok(t, "PartialConstantBody", err)
	// The server compares the whole form: a field it does not expect fails the call.
	status := "sold"
	_, err = c.UpdatePetWithForm(ctx, 1, "dog", "meat", 42, &FormdataurlencodedClientUpdatePetWithFormOptions{Name: &name, Status: &status})
	fails(t, "UpdatePetWithForm with an extra status field", err)
}
