package diff

import (
	"fmt"
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
)

// compareModel reports the differences of one model pair.
func (d *differ) compareModel(p *modelPair) {
	base := Change{Target: TargetModel, Name: p.new.Name, Usage: usageString(p.usage), Reached: p.reached}
	if p.old.Name != p.new.Name {
		base.OldName = p.old.Name
	}
	in, out := p.usage&ir.UsageInput != 0, p.usage&ir.UsageOutput != 0
	fa, fb := fieldsByJSON(p.old), fieldsByJSON(p.new)
	for _, name := range unionKeys(fa, fb) {
		a, b := fa[name], fb[name]
		c := base
		c.Item = name
		switch {
		case a == nil:
			c.Rule, c.New = AddedProperty, describeField(b)
			c.Breaking = b.Required && in && !b.ReadOnly
			c.Message = fmt.Sprintf("property %s was added (%s)", name, c.New)
			d.add(c)
			continue
		case b == nil:
			c.Rule, c.Old, c.Breaking = RemovedProperty, describeField(a), true
			c.Message = fmt.Sprintf("property %s was removed", name)
			d.add(c)
			continue
		}
		fu := fieldUsage(p.usage, a, b)
		fin, fout := fu&ir.UsageInput != 0, fu&ir.UsageOutput != 0
		for _, td := range typeDiffs(a.Type, b.Type, "") {
			c := base
			c.Item, c.Old, c.New = name+td.suffix, td.old, td.new
			c.Rule, c.Breaking = typeRule(td, fin, fout, ChangedPropertyType, ChangedPropertyFormat)
			c.Message = fmt.Sprintf("property %s changed type from %s to %s", c.Item, td.old, td.new)
			d.add(c)
		}
		if a.Required != b.Required {
			c := base
			c.Item, c.Rule = name, ChangedPropertyRequired
			c.Old, c.New = requiredWord(a.Required), requiredWord(b.Required)
			c.Breaking = (b.Required && fin && !b.ReadOnly) || (!b.Required && fout)
			c.Message = fmt.Sprintf("property %s changed from %s to %s", name, c.Old, c.New)
			d.add(c)
		}
		if a.ReadOnly != b.ReadOnly {
			c := base
			c.Item, c.Rule = name, ChangedPropertyReadOnly
			c.Old, c.New = readOnlyWord(a.ReadOnly), readOnlyWord(b.ReadOnly)
			c.Breaking = in && (b.ReadOnly || b.Required)
			c.Message = fmt.Sprintf("property %s changed from %s to %s", name, c.Old, c.New)
			d.add(c)
		}
		for _, cd := range constraintDiffs(a.Constraints, b.Constraints) {
			c := base
			c.Item, c.Rule = name, ChangedPropertyConstraint
			c.Old, c.New = cd.key+": "+cd.old, cd.key+": "+cd.new
			c.Breaking = constraintBreaks(cd.dir, fin, fout)
			c.Message = fmt.Sprintf("property %s: %s changed from %s to %s", name, cd.key, cd.old, cd.new)
			d.add(c)
		}
		if da, db := literal(a.Default), literal(b.Default); da != db {
			c := base
			c.Item, c.Rule, c.Old, c.New = name, ChangedPropertyDefault, da, db
			c.Breaking = fin
			c.Message = fmt.Sprintf("property %s: default changed from %s to %s", name, orNone(da), orNone(db))
			d.add(c)
		}
	}
	apA, apB := p.old.AdditionalProperties, p.new.AdditionalProperties
	switch {
	case apA == nil && apB != nil:
		c := base
		c.Item, c.Rule, c.New = "{}", AddedAdditionalProperties, wireType(apB)
		c.Message = "additionalProperties were added (" + c.New + ")"
		d.add(c)
	case apA != nil && apB == nil:
		c := base
		c.Item, c.Rule, c.Old, c.Breaking = "{}", RemovedAdditionalProperties, wireType(apA), true
		c.Message = "additionalProperties were removed"
		d.add(c)
	case apA != nil:
		for _, td := range typeDiffs(apA, apB, "{}") {
			c := base
			c.Item, c.Old, c.New = td.suffix, td.old, td.new
			c.Rule, c.Breaking = typeRule(td, in, out, ChangedPropertyType, ChangedPropertyFormat)
			c.Message = fmt.Sprintf("additionalProperties %s changed type from %s to %s", c.Item, td.old, td.new)
			d.add(c)
		}
	}
	for _, pair := range [][3]string{
		{"discriminator", p.old.Discriminator, p.new.Discriminator},
		{"x-ms-discriminator-value", p.old.DiscriminatorValue, p.new.DiscriminatorValue},
	} {
		if pair[1] != pair[2] {
			c := base
			c.Item, c.Rule, c.Old, c.New, c.Breaking = pair[0], ChangedDiscriminator, pair[1], pair[2], true
			c.Message = fmt.Sprintf("%s changed from %s to %s", pair[0], orNone(pair[1]), orNone(pair[2]))
			d.add(c)
		}
	}
}

// typeRule classifies a type difference of a property, body or response.
func typeRule(td typeDiff, in, out bool, typeRule, formatRule Rule) (Rule, bool) {
	switch td.kind {
	case diffFormat:
		switch td.widens {
		case 1:
			return formatRule, out
		case -1:
			return formatRule, in
		}
		return formatRule, true
	case diffToEnum:
		// Values are now restricted: requests with other values fail, unless the enum is open.
		return typeRule, in && !td.enum.ModelAsString
	case diffFromEnum:
		// Responses may now hold any value, unless clients already had to accept any.
		return typeRule, out && !td.enum.ModelAsString
	}
	return typeRule, true
}

// constraintBreaks classifies a changed validation keyword.
func constraintBreaks(dir strength, in, out bool) bool {
	switch dir {
	case stronger:
		return in
	case weaker:
		return out
	}
	return in || out
}

// compareEnum reports the differences of one enum pair.
func (d *differ) compareEnum(p *enumPair) {
	base := Change{Target: TargetEnum, Name: p.new.Name, Usage: usageString(p.usage), Reached: p.reached}
	if p.old.Name != p.new.Name {
		base.OldName = p.old.Name
	}
	in, out := p.usage&ir.UsageInput != 0, p.usage&ir.UsageOutput != 0
	va, vb := enumValues(p.old), enumValues(p.new)
	for _, v := range unionKeys(va, vb) {
		c := base
		c.Item = v
		switch {
		case !va[v]:
			c.Rule, c.New = AddedEnumValue, v
			c.Breaking = out && !p.old.ModelAsString
			c.Message = fmt.Sprintf("value %q was added", v)
		case !vb[v]:
			c.Rule, c.Old, c.Breaking = RemovedEnumValue, v, true
			c.Message = fmt.Sprintf("value %q was removed", v)
		default:
			continue
		}
		d.add(c)
	}
	if p.old.ModelAsString != p.new.ModelAsString {
		c := base
		c.Rule = ChangedModelAsString
		c.Old, c.New = openWord(p.old.ModelAsString), openWord(p.new.ModelAsString)
		c.Breaking = (p.new.ModelAsString && out) || (!p.new.ModelAsString && in)
		c.Message = fmt.Sprintf("x-ms-enum modelAsString changed from %t to %t (%s to %s)", p.old.ModelAsString, p.new.ModelAsString, c.Old, c.New)
		d.add(c)
	}
}

func enumValues(e *ir.Enum) map[string]bool {
	out := map[string]bool{}
	for _, v := range e.Values {
		out[v.Value] = true
	}
	return out
}

// describeField says what a property is, for Old and New.
func describeField(f *ir.Field) string {
	var parts []string
	if f.Required {
		parts = append(parts, "required")
	}
	if f.ReadOnly {
		parts = append(parts, "readOnly")
	}
	parts = append(parts, wireType(f.Type))
	return strings.Join(parts, " ")
}

func requiredWord(b bool) string {
	if b {
		return "required"
	}
	return "optional"
}

func readOnlyWord(b bool) string {
	if b {
		return "readOnly"
	}
	return "writable"
}

func openWord(modelAsString bool) string {
	if modelAsString {
		return "open"
	}
	return "closed"
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// literal renders a default value as compact JSON, or "".
func literal(v *jsonv.Value) string {
	if v == nil {
		return ""
	}
	return string(jsonv.AppendCompact(nil, v))
}

// unionKeys returns the keys of two maps, sorted.
func unionKeys[V any](a, b map[string]V) []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range []map[string]V{a, b} {
		for k := range m {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	sort.Strings(out)
	return out
}
