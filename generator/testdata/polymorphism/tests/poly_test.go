package polymorphism

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/armgen/armgen/runtime/validation"
)

func ptr[T any](v T) *T { return &v }

// sameJSON fails unless a and b are the same JSON value.
func sameJSON(t *testing.T, a, b []byte) {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(x, y) {
		t.Errorf("JSON differs:\n got %s\nwant %s", a, b)
	}
}

const zooJSON = `{
  "star": {"kind": "eagle", "name": "Sam", "wingspan": 2.5, "prey": [{"kind": "Dog", "name": "Rex", "barks": true}], "color": "brown"},
  "animals": [
    {"kind": "Dog", "name": "Rex", "barks": true, "born": "2020-01-02T03:04:05Z"},
    {"kind": "bird", "name": "Tweety", "wingspan": 0.2},
    {"kind": "cat", "name": "Tom"},
    null
  ],
  "byName": {"e": {"kind": "eagle", "name": "Ed"}, "d": {"kind": "Dog", "name": "Dee"}},
  "pens": [[{"kind": "eagle", "name": "Pen"}, {"kind": "bird", "name": "Bo"}], []],
  "eagle": {"kind": "eagle", "name": "Solo", "extra": "kept"},
  "opened": "2021-06-07T08:09:10+02:00",
  "feedings": ["2021-06-07T08:00:00Z"],
  "lastSeen": {"Rex": "2021-06-07T09:00:00Z"}
}`

func TestDecodePicksSubtypes(t *testing.T) {
	var z Zoo
	if err := json.Unmarshal([]byte(zooJSON), &z); err != nil {
		t.Fatal(err)
	}
	star, ok := z.Star.(*Eagle)
	if !ok || *star.Name != "Sam" || star.AdditionalProperties["color"] == nil || *star.AdditionalProperties["color"] != "brown" {
		t.Fatalf("star = %#v, want the *Eagle Sam with color brown", z.Star)
	}
	if dog, ok := star.Prey[0].(*Dog); !ok || !*dog.Barks {
		t.Errorf("star.prey[0] = %#v, want a *Dog", star.Prey[0])
	}
	if _, ok := z.Animals[0].(*Dog); !ok {
		t.Errorf("animals[0] = %#v, want *Dog", z.Animals[0])
	}
	if b, ok := z.Animals[1].(*Bird); !ok || *b.Wingspan != 0.2 {
		t.Errorf("animals[1] = %#v, want *Bird", z.Animals[1])
	}
	// An unknown discriminator value decodes as the base type, which keeps it.
	if a, ok := z.Animals[2].(*Animal); !ok || *a.Kind != "cat" || *a.Name != "Tom" {
		t.Errorf("animals[2] = %#v, want *Animal of kind cat", z.Animals[2])
	}
	if z.Animals[3] != nil {
		t.Errorf("animals[3] = %#v, want nil for JSON null", z.Animals[3])
	}
	if _, ok := z.ByName["e"].(*Eagle); !ok {
		t.Errorf("byName[e] = %#v, want *Eagle", z.ByName["e"])
	}
	if _, ok := z.Pens[0][0].(*Eagle); !ok || len(z.Pens) != 2 || z.Pens[1] == nil {
		t.Errorf("pens = %#v, want [[*Eagle *Bird] []]", z.Pens)
	}
	if z.Eagle.AdditionalProperties["extra"] == nil || *z.Eagle.AdditionalProperties["extra"] != "kept" {
		t.Errorf("eagle = %#v", z.Eagle)
	}
	if a := z.Animals[1].GetAnimal(); *a.Name != "Tweety" {
		t.Errorf("AsAnimal() = %#v", a)
	}
	if b := star.GetBird(); *b.Wingspan != 2.5 {
		t.Errorf("AsBird() = %#v", b)
	}
	out, err := json.Marshal(z)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, out, []byte(zooJSON))
}

func TestMarshalWritesDiscriminator(t *testing.T) {
	for _, tc := range []struct {
		v    any
		want string
	}{
		{&Dog{Name: ptr("Rex")}, `{"kind":"Dog","name":"Rex"}`},
		{Bird{Name: ptr("Bo")}, `{"kind":"bird","name":"Bo"}`},
		{&Eagle{Name: ptr("Ed"), AdditionalProperties: map[string]*string{"x": ptr("y")}}, `{"kind":"eagle","name":"Ed","x":"y"}`},
		{&Animal{Name: ptr("A")}, `{"kind":"Animal","name":"A"}`},
		// A leaf always writes its own value; a base keeps what it holds.
		{&Dog{Kind: ptr(AnimalKind("eagle")), Name: ptr("Rex")}, `{"kind":"Dog","name":"Rex"}`},
		{&Animal{Kind: ptr(AnimalKind("cat")), Name: ptr("Tom")}, `{"kind":"cat","name":"Tom"}`},
		{Zoo{Star: &Dog{Name: ptr("Rex")}, Pens: [][]BirdClassification{{&Eagle{Name: ptr("E")}}}}, `{"pens":[[{"kind":"eagle","name":"E"}]],"star":{"kind":"Dog","name":"Rex"}}`},
	} {
		got, err := json.Marshal(tc.v)
		if err != nil {
			t.Fatal(err)
		}
		sameJSON(t, got, []byte(tc.want))
	}
}

func TestUnmarshalAny(t *testing.T) {
	a, err := UnmarshalAnimalClassification([]byte(`{"kind":"bird","name":"Bo"}`))
	if _, ok := a.(*Bird); err != nil || !ok {
		t.Errorf("UnmarshalAnimalClassification(bird) = %#v, %v", a, err)
	}
	if a, err := UnmarshalAnimalClassification([]byte(`null`)); a != nil || err != nil {
		t.Errorf("UnmarshalAnimalClassification(null) = %#v, %v", a, err)
	}
	if _, err := UnmarshalAnimalClassification([]byte(`{"kind":3}`)); err == nil {
		t.Error("UnmarshalAnimalClassification: a number as discriminator decoded without error")
	}
	if _, err := UnmarshalAnimalClassification([]byte(`[1]`)); err == nil {
		t.Error("UnmarshalAnimalClassification: an array decoded without error")
	}
	// Under Bird, a kind outside Bird's subtypes decodes as a Bird that keeps it.
	b, err := UnmarshalBirdClassification([]byte(`{"kind":"Dog","name":"Rex"}`))
	if bb, ok := b.(*Bird); err != nil || !ok || *bb.Kind != "Dog" {
		t.Errorf("UnmarshalBirdClassification(Dog) = %#v, %v", b, err)
	}
	var z Zoo
	if err := json.Unmarshal([]byte(`{"animals":[{"kind":"Dog","name":5}]}`), &z); err == nil {
		t.Error("a wrong property type inside a polymorphic item decoded without error")
	}
}

func TestValidateThroughInterface(t *testing.T) {
	z := Zoo{
		Star:    &Dog{Name: ptr("far too long a name")},
		Animals: []AnimalClassification{&Dog{}, nil},
		Pens:    [][]BirdClassification{{&Eagle{Name: ptr("E"), Wingspan: ptr(float32(-1.0))}}},
	}
	err := z.Validate()
	var list validation.Errors
	if !errors.As(err, &list) {
		t.Fatalf("Validate() = %v, want a validation.Errors", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Path+" "+e.Rule)
	}
	// kind is required by the schema but written by MarshalJSON, so it is not reported.
	want := []string{"animals[0].name required", "pens[0][0].wingspan minimum", "star.name maxLength"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Validate() problems = %q, want %q", got, want)
	}
	// The interface has only GetAnimal, as in the Azure SDK; each model validates itself.
	var a AnimalClassification = &Bird{Name: ptr("ok")}
	if err := a.(interface{ Validate() error }).Validate(); err != nil {
		t.Errorf("a valid Bird: %v", err)
	}
}

func TestLenientDateTimes(t *testing.T) {
	in := `{"opened":"2021-06-07t08:09:10z","feedings":["2021-06-07T08:00:00","2021-06-07t08:00:00.5+01:00"],"lastSeen":{"a":"2021-06-07T09:00:00"},"star":{"kind":"Dog","name":"R","born":"2020-01-02t03:04:05"}}`
	var z Zoo
	if err := json.Unmarshal([]byte(in), &z); err != nil {
		t.Fatal(err)
	}
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if !z.Opened.Equal(utc("2021-06-07T08:09:10Z")) || !z.Feedings[0].Equal(utc("2021-06-07T08:00:00Z")) ||
		!z.Feedings[1].Equal(utc("2021-06-07T08:00:00.5+01:00")) || !z.LastSeen["a"].Equal(utc("2021-06-07T09:00:00Z")) ||
		!z.Star.(*Dog).Born.Equal(utc("2020-01-02T03:04:05Z")) {
		t.Errorf("decoded %+v", z)
	}
	// Encoding is RFC 3339; a value without offset was taken as UTC.
	out, err := json.Marshal(Zoo{Opened: z.Opened, Feedings: z.Feedings})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"feedings":["2021-06-07T08:00:00Z","2021-06-07T08:00:00.5+01:00"],"opened":"2021-06-07T08:09:10Z"}`; string(out) != want {
		t.Errorf("encoded %s, want %s", out, want)
	}
	for _, bad := range []string{`{"opened":"2021-06-07"}`, `{"opened":"yesterday"}`, `{"opened":5}`, `{"feedings":["2021-13-07T08:00:00Z"]}`} {
		if err := json.Unmarshal([]byte(bad), &z); err == nil {
			t.Errorf("%s decoded without error", bad)
		}
	}
}

// Values of additionalProperties decode like properties: polymorphically, and date-times
// leniently.
func TestExtraKeysPolymorphic(t *testing.T) {
	in := `{"registry": {"updated": "2021-06-07t08:09:10z", "rex": {"kind": "Dog", "name": "Rex", "barks": true}, "gone": null}}`
	var z Zoo
	if err := json.Unmarshal([]byte(in), &z); err != nil {
		t.Fatal(err)
	}
	r := z.Registry
	if d, ok := r.AdditionalProperties["rex"].(*Dog); !ok || !*d.Barks || r.Updated.Hour() != 8 {
		t.Fatalf("registry = %#v", r)
	}
	if v, ok := r.AdditionalProperties["gone"]; !ok || v != nil {
		t.Errorf("registry[gone] = %#v, %v, want a nil value", v, ok)
	}
	out, err := json.Marshal(z)
	if err != nil {
		t.Fatal(err)
	}
	sameJSON(t, out, []byte(`{"registry": {"updated": "2021-06-07T08:09:10Z", "rex": {"kind": "Dog", "name": "Rex", "barks": true}, "gone": null}}`))
}
