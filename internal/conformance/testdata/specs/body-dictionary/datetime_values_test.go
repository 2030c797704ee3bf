package bodydictionary

import (
	"context"
	"testing"
	"time"
)

// TestDictionaryDateTimeValues: "2000-12-01t00:00:01z" (lowercase t and z) decodes, the
// offsets are kept, and a null value is the zero time.
func TestDictionaryDateTimeValues(t *testing.T) {
	ctx := context.Background()
	c, err := NewDictionaryClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.GetDateTimeValid(ctx, nil)
	if err != nil {
		t.Fatal("GetDateTimeValid:", err)
	}
	want := map[string]string{"0": "2000-12-01T00:00:01Z", "1": "1980-01-02T00:11:35+01:00", "2": "1492-10-12T10:15:01-08:00"}
	if len(r.Value) != len(want) {
		t.Fatalf("GetDateTimeValid: %v", r.Value)
	}
	for k, w := range want {
		if got := r.Value[k].Format(time.RFC3339); got != w {
			t.Errorf("GetDateTimeValid[%s] = %s, want %s", k, got, w)
		}
	}
	n, err := c.GetDateTimeInvalidNull(ctx, nil)
	if err != nil || len(n.Value) != 2 || !val(n.Value["1"]).IsZero() || val(n.Value["0"]).Format(time.RFC3339) != "2000-12-01T00:00:01Z" {
		t.Errorf("GetDateTimeInvalidNull: %v, %v", n.Value, err)
	}
}
