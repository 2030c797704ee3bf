package bodyarray

import (
	"context"
	"testing"
	"time"
)

// TestArrayDateTimeValues: "2000-12-01t00:00:01z" (lowercase t and z) decodes, and the
// offsets are kept.
func TestArrayDateTimeValues(t *testing.T) {
	c, err := NewArrayClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.GetDateTimeValid(context.Background(), nil)
	if err != nil {
		t.Fatal("GetDateTimeValid:", err)
	}
	want := []string{"2000-12-01T00:00:01Z", "1980-01-02T00:11:35+01:00", "1492-10-12T10:15:01-08:00"}
	if len(r.TimeArray) != len(want) {
		t.Fatalf("GetDateTimeValid: %v", r.TimeArray)
	}
	for i, w := range want {
		if got := r.TimeArray[i].Format(time.RFC3339); got != w {
			t.Errorf("GetDateTimeValid[%d] = %s, want %s", i, got, w)
		}
	}
}
