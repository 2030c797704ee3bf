package subscriptionidapiversion

import (
	"context"
	"testing"
)

// An ARM-style path: subscriptionId from the client, api-version from the spec.
func TestGroup(t *testing.T) {
	c, err := NewGroupClient("test12", cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.GetSampleResourceGroup(context.Background(), "testgroup101", nil)
	if err != nil || r.Name == nil || *r.Name != "testgroup101" {
		t.Errorf("GetSampleResourceGroup: %+v, %v", r, err)
	}
}
