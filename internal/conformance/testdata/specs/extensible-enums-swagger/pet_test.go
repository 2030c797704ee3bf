package extensibleenumsswagger

import (
	"context"
	"testing"
)

func ptr[T any](v T) *T { return &v }

// An open enum (modelAsString) keeps values the spec does not list.
func TestExtensibleEnums(t *testing.T) {
	ctx := context.Background()
	c, err := NewPetClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	tommy, err := c.GetByPetID(ctx, "tommy", nil)
	if err != nil || tommy.DaysOfWeek == nil || *tommy.DaysOfWeek != DaysOfWeekExtensibleEnumMonday {
		t.Errorf("GetByPetID(tommy): %+v, %v", tommy, err)
	}
	casper, err := c.GetByPetID(ctx, "casper", nil)
	if err != nil || casper.DaysOfWeek == nil || *casper.DaysOfWeek != "Weekend" {
		t.Errorf("GetByPetID(casper): %+v, %v", casper, err)
	}
	_, err = c.GetByPetID(ctx, "scooby", nil)
	ok(t, "GetByPetID(scooby)", err)
	r, err := c.AddPet(ctx, &PetClientAddPetOptions{PetParam: &Pet{Name: ptr("Retriever"), IntEnum: ptr(IntEnumTwo), DaysOfWeek: ptr(DaysOfWeekExtensibleEnumFriday)}})
	if err != nil || r.Name == nil || *r.Name != "Retriever" {
		t.Errorf("AddPet: %+v, %v", r, err)
	}
}
