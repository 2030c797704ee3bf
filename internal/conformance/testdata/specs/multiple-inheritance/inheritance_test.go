package multipleinheritance

import (
	"context"
	"testing"
)

func ptr[T any](v T) *T { return &v }

// Multiple allOf bases are merged into one flat struct.
func TestMultipleInheritance(t *testing.T) {
	ctx := context.Background()
	c, err := NewServiceClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	k, err := c.GetKitten(ctx, nil)
	if err != nil || k.Name == nil || *k.Name != "Gatito" || k.EatsMiceYet == nil || *k.EatsMiceYet || k.Meows == nil || !*k.Meows {
		t.Errorf("GetKitten: %+v, %v", k, err)
	}
	for name, call := range map[string]func() error{
		"GetPet":    func() error { _, err := c.GetPet(ctx, nil); return err },
		"GetHorse":  func() error { _, err := c.GetHorse(ctx, nil); return err },
		"GetFeline": func() error { _, err := c.GetFeline(ctx, nil); return err },
		"GetCat":    func() error { _, err := c.GetCat(ctx, nil); return err },
		"PutPet":    func() error { _, err := c.PutPet(ctx, Pet{Name: ptr("Butter")}, nil); return err },
		"PutHorse": func() error {
			_, err := c.PutHorse(ctx, Horse{Name: ptr("General"), IsAShowHorse: ptr(false)}, nil)
			return err
		},
		"PutFeline": func() error {
			_, err := c.PutFeline(ctx, Feline{Meows: ptr(false), Hisses: ptr(true)}, nil)
			return err
		},
		"PutCat": func() error {
			_, err := c.PutCat(ctx, Cat{Name: ptr("Boots"), LikesMilk: ptr(false), Meows: ptr(true), Hisses: ptr(false)}, nil)
			return err
		},
		"PutKitten": func() error {
			_, err := c.PutKitten(ctx, Kitten{Name: ptr("Kitty"), LikesMilk: ptr(false), Meows: ptr(true), Hisses: ptr(false), EatsMiceYet: ptr(true)}, nil)
			return err
		},
	} {
		ok(t, name, call())
	}
}
