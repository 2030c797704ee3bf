package requiredoptional

import (
	"context"
	"testing"
)

// TestOptionalOmitted sends every optional parameter, header and body property as absent
// (nil options); the server answers 200 only when nothing is sent for it. The binary-body
// operations are not called: binary bodies are not implemented (the body is JSON).
func TestOptionalOmitted(t *testing.T) {
	ctx := context.Background()
	ex, err := NewExplicitClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	im, _ := NewImplicitClient(cred, opts(t))
	calls := map[string]func() error{
		"ExplicitClient.PostOptionalArrayHeader":      func() error { _, err := ex.PostOptionalArrayHeader(ctx, nil); return err },
		"ExplicitClient.PostOptionalArrayParameter":   func() error { _, err := ex.PostOptionalArrayParameter(ctx, nil); return err },
		"ExplicitClient.PostOptionalArrayProperty":    func() error { _, err := ex.PostOptionalArrayProperty(ctx, nil); return err },
		"ExplicitClient.PostOptionalClassParameter":   func() error { _, err := ex.PostOptionalClassParameter(ctx, nil); return err },
		"ExplicitClient.PostOptionalClassProperty":    func() error { _, err := ex.PostOptionalClassProperty(ctx, nil); return err },
		"ExplicitClient.PostOptionalIntegerHeader":    func() error { _, err := ex.PostOptionalIntegerHeader(ctx, nil); return err },
		"ExplicitClient.PostOptionalIntegerParameter": func() error { _, err := ex.PostOptionalIntegerParameter(ctx, nil); return err },
		"ExplicitClient.PostOptionalIntegerProperty":  func() error { _, err := ex.PostOptionalIntegerProperty(ctx, nil); return err },
		"ExplicitClient.PostOptionalStringHeader":     func() error { _, err := ex.PostOptionalStringHeader(ctx, nil); return err },
		"ExplicitClient.PostOptionalStringParameter":  func() error { _, err := ex.PostOptionalStringParameter(ctx, nil); return err },
		"ExplicitClient.PostOptionalStringProperty":   func() error { _, err := ex.PostOptionalStringProperty(ctx, nil); return err },
		"ImplicitClient.GetOptionalGlobalQuery":       func() error { _, err := im.GetOptionalGlobalQuery(ctx, nil); return err },
		"ImplicitClient.PutOptionalBody":              func() error { _, err := im.PutOptionalBody(ctx, nil); return err },
		"ImplicitClient.PutOptionalHeader":            func() error { _, err := im.PutOptionalHeader(ctx, nil); return err },
		"ImplicitClient.PutOptionalQuery":             func() error { _, err := im.PutOptionalQuery(ctx, nil); return err },
	}
	for name, call := range calls {
		ok(t, name, call())
	}
}
