package cli

import "fmt"

// onceString is a string flag that may be given only once: a second value is a usage
// error instead of silently replacing the first. --spec uses it, because armgen reads one
// root spec per run and dropping a file the user named would go unnoticed.
type onceString struct {
	p   *string
	set bool
}

func newOnceString(p *string) *onceString { return &onceString{p: p} }

// String returns the value.
func (o *onceString) String() string {
	if o.p == nil {
		return ""
	}
	return *o.p
}

// Set stores the value, or fails when the flag was already given.
func (o *onceString) Set(v string) error {
	if o.set {
		return fmt.Errorf("given twice (%q, then %q): armgen reads one spec per run; run it once per spec", *o.p, v)
	}
	*o.p, o.set = v, true
	return nil
}

// Type names the value in help.
func (o *onceString) Type() string { return "string" }
