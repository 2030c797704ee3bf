package additionalproperties

import (
	"context"
	"testing"
)

func ptr[T any](v T) *T { return &v }

// TestAdditionalProperties sends models whose undeclared keys travel in the
// AdditionalProperties field, flat beside the declared ones, and reads them back.
func TestAdditionalProperties(t *testing.T) {
	ctx := context.Background()
	c, err := NewPetsClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	puppy := map[string]any{"birthdate": "2017-12-13T02:29:51Z", "complexProperty": map[string]any{"color": "Red"}}
	r1, err := c.CreateAPTrue(ctx, PetAPTrue{ID: ptr[int32](1), Name: ptr("Puppy"), AdditionalProperties: puppy}, nil)
	if err != nil || r1.Status == nil || !*r1.Status || r1.AdditionalProperties["birthdate"] != "2017-12-13T02:29:51Z" {
		t.Errorf("CreateAPTrue: %+v, %v", r1, err)
	}
	_, err = c.CreateCatAPTrue(ctx, CatAPTrue{ID: ptr[int32](1), Name: ptr("Lisa"), Friendly: ptr(true), AdditionalProperties: puppy}, nil)
	ok(t, "CreateCatAPTrue", err)
	_, err = c.CreateAPObject(ctx, PetAPObject{ID: ptr[int32](2), Name: ptr("Hira"), AdditionalProperties: map[string]any{
		"siblings": []any{map[string]any{"id": 1, "name": "Puppy", "birthdate": "2017-12-13T02:29:51Z", "complexProperty": map[string]any{"color": "Red"}}},
		"picture":  "//////4=",
	}}, nil)
	ok(t, "CreateAPObject", err)
	r4, err := c.CreateAPString(ctx, PetAPString{ID: ptr[int32](3), Name: ptr("Tommy"), AdditionalProperties: ptrMap(map[string]string{"color": "red", "weight": "10 kg", "city": "Bombay"})}, nil)
	eq(t, "CreateAPString", val(r4.AdditionalProperties["city"]), "Bombay", err)
	_, err = c.CreateAPInProperties(ctx, PetAPInProperties{ID: ptr[int32](4), Name: ptr("Bunny"), AdditionalProperties: ptrMap(map[string]float32{"height": 5.61, "weight": 599, "footsize": 11.5})}, nil)
	ok(t, "CreateAPInProperties", err)
	r6, err := c.CreateAPInPropertiesWithAPString(ctx, PetAPInPropertiesWithAPString{
		ID: ptr[int32](5), Name: ptr("Funny"), ODataLocation: ptr("westus"),
		AdditionalProperties2: ptrMap(map[string]float32{"height": 5.61, "weight": 599, "footsize": 11.5}),
		AdditionalProperties:  ptrMap(map[string]string{"color": "red", "city": "Seattle", "food": "tikka masala"}),
	}, nil)
	if err != nil || r6.ODataLocation == nil || *r6.ODataLocation != "westus" || r6.AdditionalProperties["food"] == nil || *r6.AdditionalProperties["food"] != "tikka masala" || r6.AdditionalProperties2["footsize"] == nil || *r6.AdditionalProperties2["footsize"] != 11.5 {
		t.Errorf("CreateAPInPropertiesWithAPString: %+v, %v", r6, err)
	}
}
