package ir

// Polymorphic reports whether values of the model may be of one of its subtypes: the model
// is the root or an intermediate of a discriminated hierarchy, and Go holds it through
// its Interface.
func (m *Model) Polymorphic() bool { return m != nil && m.Interface != "" }

// Polymorphic reports whether the type is a polymorphic model (see Model.Polymorphic).
func (t *Type) Polymorphic() bool {
	return t != nil && t.Kind == KindModel && t.Model.Polymorphic()
}

// DiscriminatorWireValue is the discriminator value that marks the model on the wire:
// x-ms-discriminator-value, else the definition name. It is "" outside a hierarchy.
func (m *Model) DiscriminatorWireValue() string {
	if m.DiscriminatorProperty == "" {
		return ""
	}
	if m.DiscriminatorValue != "" {
		return m.DiscriminatorValue
	}
	return m.SchemaName
}

// DiscriminatorField returns the field that holds the discriminator, or nil.
func (m *Model) DiscriminatorField() *Field {
	if m.DiscriminatorProperty == "" {
		return nil
	}
	for _, f := range m.Fields {
		if f.JSONName == m.DiscriminatorProperty {
			return f
		}
	}
	return nil
}

// ContainsPolymorphic reports whether a value of type t holds a polymorphic model directly
// or in arrays and maps (not through other models, which decode themselves).
func (t *Type) ContainsPolymorphic() bool {
	switch {
	case t == nil:
		return false
	case t.Kind == KindArray || t.Kind == KindMap:
		return t.Elem.ContainsPolymorphic()
	}
	return t.Polymorphic()
}

// ContainsDateTime reports whether a value of type t is a time (a date-time or a unixtime)
// or holds times in arrays and maps (not through models, which decode themselves).
func (t *Type) ContainsDateTime() bool {
	switch {
	case t == nil:
		return false
	case t.Kind == KindArray || t.Kind == KindMap:
		return t.Elem.ContainsDateTime()
	}
	return t.Kind == KindPrimitive && t.Primitive.IsTime()
}

// ContainsUnixTime reports whether a value of type t is a unixtime or holds unixtimes in
// arrays and maps (not through models, which encode themselves).
func (t *Type) ContainsUnixTime() bool {
	switch {
	case t == nil:
		return false
	case t.Kind == KindArray || t.Kind == KindMap:
		return t.Elem.ContainsUnixTime()
	}
	return t.Kind == KindPrimitive && t.Primitive == UnixTime
}
