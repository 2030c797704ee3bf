package xmserrorresponses

import (
	"context"
	"testing"
)

func TestPet(t *testing.T) {
	ctx := context.Background()
	c, err := NewPetClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.GetPetByID(ctx, "tommy", nil)
	if err != nil || p.Name == nil || *p.Name != "Tommy Tomson" {
		t.Errorf("GetPetByID(tommy): %+v, %v", p, err)
	}
	_, err = c.GetPetByID(ctx, "django", nil)
	ok(t, "GetPetByID(django) 202", err)
	for id, code := range map[string]int{"coyoteUgly": 404, "weirdAlYankovic": 404, "ringo": 400, "alien123": 501} {
		_, err = c.GetPetByID(ctx, id, nil)
		eq(t, "GetPetByID("+id+") status", status(err), code, nil)
	}
	a, err := c.DoSomething(ctx, "stay", nil)
	if err != nil || a.ActionResponse != nil {
		t.Errorf("DoSomething(stay): %+v, %v", a, err)
	}
	_, err = c.DoSomething(ctx, "jump", nil)
	eq(t, "DoSomething(jump) status", status(err), 500, nil)
	_, err = c.DoSomething(ctx, "fetch", nil)
	eq(t, "DoSomething(fetch) status", status(err), 404, nil)
	v := "value1"
	_, err = c.HasModelsParam(ctx, &PetClientHasModelsParamOptions{Models: &v})
	eq(t, "HasModelsParam status", status(err), 500, nil)
}
