package bodycomplex

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/armgen/armgen/runtime/validation"
)

// day parses a date-time of the scenarios.
func day(t *testing.T, s string) *time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return &v
}

// siblings are the three sharks of the polymorphism scenarios, built by hand with no
// discriminator set: MarshalJSON must write "shark", "sawshark" and "goblin".
func siblings(t *testing.T) []FishClassification {
	return []FishClassification{
		&Shark{Age: ptr[int32](6), Birthday: day(t, "2012-01-05T01:00:00Z"), Length: ptr[float32](20), Species: ptr("predator")},
		&Sawshark{Age: ptr[int32](105), Birthday: day(t, "1900-01-05T01:00:00Z"), Length: ptr[float32](10), Picture: []byte{255, 255, 255, 255, 254}, Species: ptr("dangerous")},
		// "pinkish-gray" is not among the enum's values: an open enum sends it anyway.
		&Goblinshark{Age: ptr[int32](1), Birthday: day(t, "2015-08-08T00:00:00Z"), Length: ptr[float32](30), Species: ptr("scary"), Jawsize: ptr[int32](5), Color: ptr(GoblinSharkColor("pinkish-gray"))},
	}
}

// checkSiblings checks that the three sharks decoded as their own Go types.
func checkSiblings(t *testing.T, op string, got []FishClassification) {
	t.Helper()
	if len(got) != 3 {
		t.Fatalf("%s: %d siblings, want 3", op, len(got))
	}
	if s, ok := got[0].(*Shark); !ok || *s.Age != 6 || !s.Birthday.Equal(*day(t, "2012-01-05T01:00:00Z")) {
		t.Errorf("%s: siblings[0] = %#v, want the *Shark aged 6", op, got[0])
	}
	if s, ok := got[1].(*Sawshark); !ok || !reflect.DeepEqual(s.Picture, []byte{255, 255, 255, 255, 254}) {
		t.Errorf("%s: siblings[1] = %#v, want the *Sawshark with its picture", op, got[1])
	}
	if s, ok := got[2].(*Goblinshark); !ok || *s.Jawsize != 5 || *s.Color != "pinkish-gray" || *s.Fishtype != "goblin" {
		t.Errorf("%s: siblings[2] = %#v, want the *Goblinshark (x-ms-discriminator-value goblin)", op, got[2])
	}
	if f := got[2].GetFish(); f == nil || *f.Species != "scary" || *f.Length != 30 {
		t.Errorf("%s: siblings[2].GetFish() = %#v", op, f)
	}
}

func TestPolymorphism(t *testing.T) {
	ctx := context.Background()
	c, err := NewPolymorphismClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}

	g, err := c.GetValid(ctx, nil)
	if err != nil {
		t.Fatal("GetValid:", err)
	}
	salmon, isSalmon := g.FishClassification.(*Salmon)
	if !isSalmon || *salmon.Location != "alaska" || !*salmon.Iswild || *salmon.Fishtype != "salmon" {
		t.Fatalf("GetValid: %#v, want the *Salmon from alaska", g.FishClassification)
	}
	checkSiblings(t, "GetValid", salmon.Siblings)

	// PutValid from values built by hand: every discriminator comes from MarshalJSON.
	_, err = c.PutValid(ctx, &Salmon{Location: ptr("alaska"), Iswild: ptr(true), Species: ptr("king"), Length: ptr[float32](1), Siblings: siblings(t)}, nil)
	ok(t, "PutValid", err)

	cx, err := c.GetComplicated(ctx, nil)
	if err != nil {
		t.Fatal("GetComplicated:", err)
	}
	smart, isSmart := cx.SalmonClassification.(*SmartSalmon)
	if !isSmart || smart.AdditionalProperties["additionalProperty3"] != "hello" || len(smart.AdditionalProperties) != 5 {
		t.Fatalf("GetComplicated: %#v, want the *SmartSalmon with 5 additional properties", cx.SalmonClassification)
	}
	checkSiblings(t, "GetComplicated", smart.Siblings)
	if s := cx.SalmonClassification.GetSalmon(); *s.Location != "alaska" {
		t.Errorf("GetComplicated: AsSalmon() = %#v", s)
	}
	// What was received is sent back unchanged.
	_, err = c.PutComplicated(ctx, cx.SalmonClassification, nil)
	ok(t, "PutComplicated", err)

	// The server wants fishtype "salmon" (written by MarshalJSON) and answers without one:
	// a value with no discriminator decodes as the declared type.
	md, err := c.PutMissingDiscriminator(ctx, &Salmon{Location: ptr("alaska"), Iswild: ptr(true), Species: ptr("king"), Length: ptr[float32](1), Siblings: siblings(t)}, nil)
	if err != nil {
		t.Error("PutMissingDiscriminator:", err)
	} else if s, isSalmon := md.SalmonClassification.(*Salmon); !isSalmon || s.Fishtype != nil || *s.Location != "alaska" {
		t.Errorf("PutMissingDiscriminator: %#v, want a *Salmon without fishtype", md.SalmonClassification)
	} else {
		checkSiblings(t, "PutMissingDiscriminator", s.Siblings)
	}

	// A shark without its required birthday is refused by the client's validation,
	// inside the polymorphic siblings: the server must not be reached.
	bad := siblings(t)
	bad[0].(*Shark).Birthday = nil
	_, err = c.PutValidMissingRequired(ctx, &Salmon{Location: ptr("alaska"), Species: ptr("king"), Length: ptr[float32](1), Siblings: bad}, &PolymorphismClientPutValidMissingRequiredOptions{ValidateBody: true})
	var verr *validation.Error
	if !errors.As(err, &verr) || verr.Path != "siblings[0].birthday" || verr.Rule != "required" {
		t.Errorf("PutValidMissingRequired: %v, want the validation error required at siblings[0].birthday", err)
	}

	d, err := c.GetDotSyntax(ctx, nil)
	if ds, isDot := d.DotFishClassification.(*DotSalmon); err != nil || !isDot || *ds.Location != "sweden" || *ds.FishType != "DotSalmon" {
		t.Errorf("GetDotSyntax: %#v, %v, want the *DotSalmon from sweden", d.DotFishClassification, err)
	}
	with, err := c.GetComposedWithDiscriminator(ctx, nil)
	if err != nil {
		t.Error("GetComposedWithDiscriminator:", err)
	} else {
		sf, isDot := with.SampleFish.(*DotSalmon)
		f1, isDot1 := with.Fishes[1].(*DotSalmon)
		if !isDot || *sf.Location != "australia" || !isDot1 || *f1.Location != "canada" || len(with.Salmons) != 2 || *with.SampleSalmon.Location != "sweden" {
			t.Errorf("GetComposedWithDiscriminator: %#v", with.DotFishMarket)
		}
	}
	without, err := c.GetComposedWithoutDiscriminator(ctx, nil)
	if err != nil {
		t.Error("GetComposedWithoutDiscriminator:", err)
	} else {
		// Without "fish.type" a polymorphic value is the base type; a value declared as
		// DotSalmon is a DotSalmon.
		sf, isBase := without.SampleFish.(*DotFish)
		if !isBase || *sf.Species != "king" || sf.FishType != nil || *without.SampleSalmon.Location != "sweden" {
			t.Errorf("GetComposedWithoutDiscriminator: %#v", without.DotFishMarket)
		}
		if _, isBase := without.Fishes[0].(*DotFish); !isBase {
			t.Errorf("GetComposedWithoutDiscriminator: fishes[0] = %#v, want *DotFish", without.Fishes[0])
		}
	}
}

func TestPolymorphicRecursive(t *testing.T) {
	ctx := context.Background()
	c, err := NewPolymorphicrecursiveClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	g, err := c.GetValid(ctx, nil)
	if err != nil {
		t.Fatal("GetValid:", err)
	}
	// salmon > shark > salmon > sawshark, three levels of polymorphic siblings.
	top, _ := g.FishClassification.(*Salmon)
	if top == nil || len(top.Siblings) != 2 {
		t.Fatalf("GetValid: %#v", g.FishClassification)
	}
	shark, _ := top.Siblings[0].(*Shark)
	if shark == nil || len(shark.Siblings) != 2 {
		t.Fatalf("GetValid: siblings[0] = %#v, want a *Shark with 2 siblings", top.Siblings[0])
	}
	inner, _ := shark.Siblings[0].(*Salmon)
	if inner == nil || *inner.Location != "atlantic" || len(inner.Siblings) != 2 {
		t.Fatalf("GetValid: siblings[0].siblings[0] = %#v, want the *Salmon from the atlantic", shark.Siblings[0])
	}
	if saw, _ := inner.Siblings[1].(*Sawshark); saw == nil || *saw.Age != 105 {
		t.Errorf("GetValid: siblings[0].siblings[0].siblings[1] = %#v, want a *Sawshark", inner.Siblings[1])
	}
	// An empty siblings list stays present ([]), as the server sent it.
	if saw, _ := top.Siblings[1].(*Sawshark); saw == nil || saw.Siblings == nil || len(saw.Siblings) != 0 {
		t.Errorf("GetValid: siblings[1] = %#v, want a *Sawshark with siblings []", top.Siblings[1])
	}
	_, err = c.PutValid(ctx, g.FishClassification, nil)
	ok(t, "PutValid (what GetValid returned)", err)
}
