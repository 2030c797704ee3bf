package validation

import (
	"context"
	"testing"
)

func ptr[T any](v T) *T { return &v }

func TestConstants(t *testing.T) {
	ctx := context.Background()
	c, err := NewAutoRestValidationTestClient("sub", cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.GetWithConstantInPath(ctx, nil)
	ok(t, "GetWithConstantInPath", err)
	body := &Product{
		Child:       &ChildProduct{ConstProperty: ptr(ChildProductConstPropertyConstant)},
		ConstChild:  &ConstantProduct{ConstProperty: ptr(ConstantProductConstPropertyConstant), ConstProperty2: ptr(ConstantProductConstProperty2Constant2)},
		ConstInt:    ptr(ProductConstIntZero),
		ConstString: ptr(ProductConstStringConstant),
	}
	r, err := c.PostWithConstantInBody(ctx, &AutoRestValidationTestClientPostWithConstantInBodyOptions{Body: body})
	if err != nil || r.ConstString == nil || *r.ConstString != ProductConstStringConstant {
		t.Errorf("PostWithConstantInBody: %+v, %v", r, err)
	}
}

// TestBodyValidation checks that the generated validators reject, before sending, the
// bodies the spec's constraints forbid.
func TestBodyValidation(t *testing.T) {
	ctx := context.Background()
	c, err := NewAutoRestValidationTestClient("abc123", cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	base := func() Product {
		return Product{
			Child:       &ChildProduct{ConstProperty: ptr(ChildProductConstPropertyConstant)},
			ConstChild:  &ConstantProduct{ConstProperty: ptr(ConstantProductConstPropertyConstant), ConstProperty2: ptr(ConstantProductConstProperty2Constant2)},
			ConstInt:    ptr(ProductConstIntZero),
			ConstString: ptr(ProductConstStringConstant),
		}
	}
	for name, mutate := range map[string]func(*Product){
		"capacity too big":   func(p *Product) { p.Capacity = ptr[int32](100) },
		"capacity too small": func(p *Product) { p.Capacity = ptr[int32](0) },
		"too many names":     func(p *Product) { p.DisplayNames = ptrSlice([]string{"a", "b", "c", "d", "e", "f", "g"}) },
		"names not unique":   func(p *Product) { p.DisplayNames = ptrSlice([]string{"a", "a"}) },
		"image pattern":      func(p *Product) { p.Image = ptr("https://x/img.jpg") },
	} {
		p := base()
		mutate(&p)
		if err := p.Validate(); err == nil {
			t.Errorf("%s: Validate accepted %+v", name, p)
		}
		_, err := c.ValidationOfBody(ctx, "rg", 100, "12-34-5678", &AutoRestValidationTestClientValidationOfBodyOptions{Body: &p, ValidateBody: true})
		if err == nil || status(err) != 0 {
			t.Errorf("%s: ValidationOfBody sent the request: %v", name, err)
		}
	}
}
