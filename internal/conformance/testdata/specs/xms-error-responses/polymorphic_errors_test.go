package xmserrorresponses

import (
	"context"
	"errors"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// errorBody returns the body of the *azcore.ResponseError err.
func errorBody(t *testing.T, op string, err error) []byte {
	t.Helper()
	var re *azcore.ResponseError
	if !errors.As(err, &re) {
		t.Fatalf("%s: %v, want an *azcore.ResponseError", op, err)
	}
	body, rerr := runtime.Payload(re.RawResponse)
	if rerr != nil {
		t.Fatalf("%s: reading the error body: %v", op, rerr)
	}
	return body
}

// TestPolymorphicErrors decodes the error bodies of the polymorphic error scenarios
// into the subtypes their discriminators name.
func TestPolymorphicErrors(t *testing.T) {
	ctx := context.Background()
	c, err := NewPetClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetPetByID(ctx, "coyoteUgly", nil)
	nf, derr := UnmarshalNotFoundErrorBaseClassification(errorBody(t, "GetPetByID(coyoteUgly)", err))
	if a, isAnimal := nf.(*AnimalNotFound); derr != nil || !isAnimal || *a.Name != "coyote" || *a.SomeBaseProp != "problem finding animal" {
		t.Errorf("GetPetByID(coyoteUgly): %#v, %v, want the *AnimalNotFound for coyote", nf, derr)
	}
	_, err = c.GetPetByID(ctx, "weirdAlYankovic", nil)
	nf, derr = UnmarshalNotFoundErrorBaseClassification(errorBody(t, "GetPetByID(weirdAlYankovic)", err))
	// LinkNotFound's x-ms-discriminator-value is InvalidResourceLink.
	if l, isLink := nf.(*LinkNotFound); derr != nil || !isLink || *l.WhatSubAddress != "pet/yourpet was not found" {
		t.Errorf("GetPetByID(weirdAlYankovic): %#v, %v, want the *LinkNotFound", nf, derr)
	} else if base := nf.GetNotFoundErrorBase(); *base.Reason != "link to pet not found" {
		t.Errorf("GetPetByID(weirdAlYankovic): AsNotFoundErrorBase() = %#v", base)
	}

	_, err = c.DoSomething(ctx, "jump", nil)
	pe, derr := UnmarshalPetActionErrorClassification(errorBody(t, "DoSomething(jump)", err))
	if s, isSad := pe.(*PetSadError); derr != nil || !isSad || *s.Reason != "need more treats" || *s.ActionResponse != "grrrr" {
		t.Errorf("DoSomething(jump): %#v, %v, want the *PetSadError", pe, derr)
	}
	_, err = c.DoSomething(ctx, "fetch", nil)
	pe, derr = UnmarshalPetActionErrorClassification(errorBody(t, "DoSomething(fetch)", err))
	if h, isHungry := pe.(*PetHungryOrThirstyError); derr != nil || !isHungry || *h.HungryOrThirsty != "hungry and thirsty" || *h.ErrorMessage != "scooby is low" {
		t.Errorf("DoSomething(fetch): %#v, %v, want the *PetHungryOrThirstyError", pe, derr)
	} else if sad := h.GetPetSadError(); *sad.Reason != "need more everything" {
		t.Errorf("DoSomething(fetch): AsPetSadError() = %#v", sad)
	}
	v := "value1"
	_, err = c.HasModelsParam(ctx, &PetClientHasModelsParamOptions{Models: &v})
	pe, derr = UnmarshalPetActionErrorClassification(errorBody(t, "HasModelsParam", err))
	if _, isSad := pe.(*PetSadError); derr != nil || !isSad {
		t.Errorf("HasModelsParam: %#v, %v, want the *PetSadError", pe, derr)
	}
}
