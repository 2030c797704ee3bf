package golang

import (
	"github.com/armgen/armgen/generator/golang/gocode"
	"github.com/armgen/armgen/generator/ir"
	"github.com/dave/jennifer/jen"
)

// polyStmts checks a value held through the interface of polymorphic model m: the
// dynamic type's validateInto, when the value is set and a model of the hierarchy has
// something to check. The interface has only the SDK's GetXxx method, so the value is
// asked for validateInto, which every model of the package has.
func (v *validator) polyStmts(x value, path pathFn, m *ir.Model) []jen.Code {
	if !v.polyChecked(m) {
		return nil
	}
	checker := jen.Interface(jen.Id("validateInto").Params(jen.Op("*").Qual(validationPkg, "Errors"), jen.Qual(validationPkg, "Path"), jen.Qual(validationPkg, "Options")))
	return []jen.Code{jen.If(jen.List(jen.Id("c"), jen.Id("ok")).Op(":=").Add(x.expr()).Assert(checker), jen.Id("ok")).Block(
		jen.Id("c").Dot("validateInto").Call(jen.Id("errs"), path(), jen.Id("o")),
	)}
}

// polyChecked reports whether m or one of its subtypes has something to check.
func (v *validator) polyChecked(m *ir.Model) bool {
	if v.checked[m] {
		return true
	}
	for _, s := range m.Subtypes {
		if v.checked[s] {
			return true
		}
	}
	return false
}

// writtenDiscriminator returns fl, or a copy of it that is not required when fl is the
// discriminator that m's MarshalJSON writes (see DiscriminatorSet): a value built in Go
// need not set it.
func writtenDiscriminator(m *ir.Model, fl *ir.Field) *ir.Field {
	if !fl.Required || m.DiscriminatorField() != fl || gocode.DiscriminatorSet(m) == nil {
		return fl
	}
	c := *fl
	c.Required = false
	return &c
}
