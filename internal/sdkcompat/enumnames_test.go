package sdkcompat_test

import (
	"testing"

	"github.com/armgen/armgen/generator/naming"
	"github.com/armgen/armgen/internal/sdkcompat"
)

// TestEnumConstantNames: every enum constant of the SDK modules in EnumModules is named
// as armgen names the constant of that value in an enum of that name.
func TestEnumConstantNames(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	work := t.TempDir()
	total := 0
	for _, m := range sdkcompat.EnumModules {
		consts, err := sdkcompat.EnumConstants(m[0], m[1], work)
		if err != nil {
			t.Fatal(err)
		}
		if len(consts) == 0 {
			t.Errorf("%s@%s: no constants read", m[0], m[1])
		}
		for _, c := range consts {
			if got := c.Type + naming.EnumValue(c.Value); got != c.Name {
				t.Errorf("%s@%s: %s %q is %s in the SDK, %s in armgen", m[0], m[1], c.Type, c.Value, c.Name, got)
			}
		}
		total += len(consts)
	}
	t.Logf("%d enum constants of %d SDK modules", total, len(sdkcompat.EnumModules))
}
