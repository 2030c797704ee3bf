package build

import (
	"sort"
	"strconv"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
	"github.com/go-openapi/spec"
)

// newModel registers an empty model for the schema at file#ptr.
func (b *builder) newModel(f *load.File, ptr string, s *spec.Schema, nameHint string, named bool) *ir.Model {
	key := f.Path + "#" + ptr
	m := &ir.Model{Doc: s.Description, Source: ir.Source{File: f.Path, Pointer: ptr}}
	if named {
		m.SchemaName = defName(ptr)
	}
	if v, ok := s.Extensions.GetString("x-ms-discriminator-value"); ok {
		m.DiscriminatorValue = v
	}
	if v, ok := s.Extensions.GetBool("x-ms-azure-resource"); ok {
		m.AzureResource = v
	}
	m.Discriminator = s.Discriminator
	m.XML = readXML(f, ptr)
	b.models[key] = m
	b.modelAt[m] = modelInfo{desired: nameHint, key: key, named: named, rootFile: b.inputs[f.Path]}
	b.pkg.Models = append(b.pkg.Models, m)
	return m
}

// model builds the model for an object schema: allOf bases first (their fields are
// copied, so the JSON stays flat), then own properties.
func (b *builder) model(f *load.File, ptr string, s *spec.Schema, nameHint string, named bool) *ir.Model {
	key := f.Path + "#" + ptr
	if m := b.models[key]; m != nil {
		return m
	}
	m := b.newModel(f, ptr, s, nameHint, named)
	b.state[key] = 1
	defer func() { b.state[key] = 2 }()

	fields := map[string]*ir.Field{} // by JSON name
	required := map[string]bool{}
	for i := range s.AllOf {
		bptr := ptr + "/allOf/" + strconv.Itoa(i)
		sub := b.schemaAt(f, bptr)
		if sub == nil {
			continue
		}
		if ref := sub.Ref.String(); ref != "" {
			tf, tptr, _, err := b.doc.Resolve(f, ref)
			if err != nil {
				b.errorf(f.Path, bptr+"/$ref", "$ref %q: %v", ref, err)
				continue
			}
			if b.state[tf.Path+"#"+tptr] == 1 {
				b.errorf(f.Path, bptr+"/$ref", "allOf cycle: %s reaches itself through its bases", nameHint)
				continue
			}
			t := b.namedType(tf, tptr)
			if t.Kind == ir.KindPrimitive && t.Primitive == ir.Any && b.emptyBase(tf, tptr) {
				// A base with no type and nothing in it (only a description, say, and
				// x-ms-azure-resource): nothing to merge.
				continue
			}
			if t.Kind == ir.KindMap {
				// A map definition as a base: its values are this model's extra keys.
				if m.AdditionalProperties == nil {
					m.AdditionalProperties = t.Elem
				}
				continue
			}
			if t.Kind != ir.KindModel {
				b.errorf(f.Path, bptr+"/$ref", "allOf base %s is not an object schema", ref)
				continue
			}
			base := t.Model
			m.Bases = append(m.Bases, base)
			for _, bf := range base.Fields {
				c := *bf
				if c.Inherited == "" {
					c.Inherited = base.Name
					if c.Inherited == "" {
						c.Inherited = b.modelAt[base].desired
					}
				}
				fields[c.JSONName] = &c
			}
			for _, r := range base.Required {
				required[r] = true
			}
			if m.AdditionalProperties == nil {
				m.AdditionalProperties = base.AdditionalProperties
			}
			continue
		}
		// An inline allOf member: merge its properties as if they were our own.
		b.ownFields(f, bptr, sub, m, nameHint, fields, required)
	}
	b.ownFields(f, ptr, s, m, nameHint, fields, required)
	if ap := s.AdditionalProperties; ap != nil && (ap.Schema != nil || ap.Allows) {
		if ap.Schema != nil {
			m.AdditionalProperties = b.typeOf(f, ptr+"/additionalProperties", b.additionalName(f, ptr+"/additionalProperties", nameHint+"Value"))
		} else {
			m.AdditionalProperties = &ir.Type{Kind: ir.KindPrimitive, Primitive: ir.Any}
		}
	}
	for _, fl := range fields {
		fl.Required = required[fl.JSONName]
		m.Fields = append(m.Fields, fl)
	}
	for r := range required {
		if fields[r] == nil {
			b.errorf(f.Path, ptr+"/required", "required property %q is not among the properties", r)
			continue
		}
		m.Required = append(m.Required, r)
	}
	sort.Strings(m.Required)
	return m
}

// ownFields adds the properties of schema s (at file#ptr) to fields.
func (b *builder) ownFields(f *load.File, ptr string, s *spec.Schema, m *ir.Model, nameHint string, fields map[string]*ir.Field, required map[string]bool) {
	for _, r := range s.Required {
		required[r] = true
	}
	names := make([]string, 0, len(s.Properties))
	for name := range s.Properties {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		pptr := ptr + "/properties/" + jsonv.EscapeToken(name)
		ps := b.schemaAt(f, pptr)
		if ps == nil {
			continue
		}
		goName := name
		if cn, ok := ps.Extensions.GetString("x-ms-client-name"); ok && cn != "" {
			goName = cn
		}
		fl := &ir.Field{
			Name:     naming.Pascal(goName),
			JSONName: name,
			Doc:      ps.Description,
			ReadOnly: ps.ReadOnly,
			Source:   ir.Source{File: f.Path, Pointer: pptr},
		}
		if v, ok := ps.Extensions.GetBool("x-ms-client-flatten"); ok {
			fl.ClientFlatten = v
		}
		if v, ok := ps.Extensions.GetBool("x-ms-secret"); ok {
			fl.Secret = v
		}
		nullable, ownNullable := ps.Extensions.GetBool("x-nullable")
		fl.Mutability = mutability(f, pptr)
		fl.Type = b.typeOf(f, pptr, nameHint+naming.Pascal(goName))
		target, targetFile, targetPtr := ps, f, pptr
		if ref := ps.Ref.String(); ref != "" {
			if tf, tptr, _, err := b.doc.Resolve(f, ref); err == nil {
				if ts := b.schemaAt(tf, tptr); ts != nil {
					target, targetFile, targetPtr = ts, tf, tptr
					if fl.Doc == "" {
						fl.Doc = ts.Description
					}
					fl.ReadOnly = fl.ReadOnly || ts.ReadOnly
					if v, ok := ts.Extensions.GetBool("x-ms-secret"); ok && v {
						fl.Secret = true
					}
					if fl.Mutability == nil {
						fl.Mutability = mutability(tf, tptr)
					}
					if v, ok := ts.Extensions.GetBool("x-nullable"); ok && !ownNullable {
						nullable = v
					}
				}
			}
		}
		fl.Nullable = nullable
		if len(fl.Mutability) == 1 && fl.Mutability[0] == "read" {
			fl.ReadOnly = true // x-ms-mutability ["read"] is readOnly in other words
		}
		fl.Constraints = constraintsOf(target)
		b.armIDRule(f, pptr, fl.Type, &fl.Constraints)
		if targetFile != f || targetPtr != pptr {
			b.armIDRule(targetFile, targetPtr, fl.Type, &fl.Constraints)
		}
		fl.Constraints.Elem = b.elemConstraints(f, pptr, fl.Type, 0)
		b.checkConstraints(f, pptr, &fl.Constraints)
		if d := f.Tree.Pointer(pptr + "/default"); d != nil {
			fl.Default = d
		}
		b.fieldXML(f, pptr, fl)
		fields[name] = fl
	}
}

// constraintsOf copies a schema's validation keywords.
func constraintsOf(s *spec.Schema) ir.Constraints {
	c := ir.Constraints{
		Minimum:          s.Minimum,
		Maximum:          s.Maximum,
		ExclusiveMinimum: s.ExclusiveMinimum,
		ExclusiveMaximum: s.ExclusiveMaximum,
		MinLength:        s.MinLength,
		MaxLength:        s.MaxLength,
		Pattern:          s.Pattern,
		MinItems:         s.MinItems,
		MaxItems:         s.MaxItems,
		UniqueItems:      s.UniqueItems,
		MultipleOf:       s.MultipleOf,
	}
	switch s.Format {
	case "uuid", "uri", "url", "date-time", "int32", "date":
		c.Format = s.Format
	}
	return c
}

// sortFields orders a model's fields by Go name and makes the Go names unique.
func sortFields(m *ir.Model) {
	sort.Slice(m.Fields, func(i, j int) bool {
		if m.Fields[i].Name != m.Fields[j].Name {
			return m.Fields[i].Name < m.Fields[j].Name
		}
		return m.Fields[i].JSONName < m.Fields[j].JSONName
	})
	// Generated models have Validate and ValidateRequest methods, which a field may not share
	// a name with; a model with additional properties also has the AdditionalProperties
	// field that holds them and its own MarshalJSON and UnmarshalJSON.
	reserved := []string{"Validate", "ValidateRequest"}
	if m.AdditionalProperties != nil {
		reserved = append(reserved, "AdditionalProperties", "MarshalJSON", "UnmarshalJSON")
	}
	n := naming.NewNamer(reserved...)
	for _, f := range m.Fields {
		f.Name = n.Unique(f.Name)
	}
	sort.SliceStable(m.Fields, func(i, j int) bool { return m.Fields[i].Name < m.Fields[j].Name })
}

// emptyBase reports whether the schema at file#ptr, an allOf base, declares nothing to
// merge: no type (or "object"), no properties, no additionalProperties, no items, no enum.
func (b *builder) emptyBase(f *load.File, ptr string) bool {
	s, err := b.doc.Schema(f, ptr)
	if err != nil || s == nil || s.Ref.String() != "" {
		return false
	}
	typ := ""
	if len(s.Type) > 0 {
		typ = s.Type[0]
	}
	return (typ == "" || typ == "object") && len(s.Type) <= 1 && len(s.Properties) == 0 &&
		s.AdditionalProperties == nil && s.Items == nil && len(s.Enum) == 0
}
