package patternlookaround

import (
	"errors"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

func ptr[T any](v T) *T { return &v }

// TestLookaroundPatternsAreNotChecked: values that break the lookaround patterns pass,
// since Go's regexp cannot check them; the other checks of the same model still run.
func TestLookaroundPatternsAreNotChecked(t *testing.T) {
	hub := Hub{
		Name:          ptr("12345"),  // all digits: the spec's (?![0-9]+$) refuses it
		TwinName:      ptr("-twin-"), // the spec's (?!-) and (?<!-) refuse it
		AdminPassword: ptr("short"),
		Alias:         ptr("-a"),
		Aliases:       []*string{new("-b")},
	}
	if err := hub.Validate(); err != nil {
		t.Fatalf("Validate() = %v, want nil: lookaround patterns are skipped", err)
	}
	hub.SKU = &SKU{Tier: ptr("premium")}
	err := hub.Validate()
	var list validation.Errors
	if !errors.As(err, &list) || len(list) != 1 || list[0].Rule != "pattern" {
		t.Fatalf("Validate() = %v, want one pattern problem for sku.tier", err)
	}
}
