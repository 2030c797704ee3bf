package pretty_test

import (
	"testing"

	. "github.com/armgen/armgen/generator/docs/pretty"
)

func print(d Doc, width int) string { return Print(d, Options{Width: width, TabWidth: 2}) }

func list(items ...string) Doc {
	parts := make([]Doc, len(items))
	for i, s := range items {
		parts[i] = Text(s)
	}
	return Group(Text("["), Indent(Softline(), Join(Cat(Text(","), Line()), parts), IfBreak(Text(","), nil)), Softline(), Text("]"))
}

func TestGroupFitsOrBreaks(t *testing.T) {
	d := list("alpha", "beta", "gamma")
	if got, want := print(d, 80), "[alpha, beta, gamma]"; got != want {
		t.Errorf("wide: got %q, want %q", got, want)
	}
	if got, want := print(list("alpha", "beta", "gamma"), 10), "[\n  alpha,\n  beta,\n  gamma,\n]"; got != want {
		t.Errorf("narrow: got %q, want %q", got, want)
	}
}

// TestFitsLooksPastTheGroup checks prettier's rule that the text after a group, up to
// the next possible break of the enclosing broken group, must fit too.
func TestFitsLooksPastTheGroup(t *testing.T) {
	d := Group(Text("("), Indent(Softline(), Group(Text("a"), Line(), Text("b"))), Softline(), Text(")"), Text("tail!"))
	if got, want := print(d, 6), "(\n  a b\n)tail!"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestHardlinePropagates(t *testing.T) {
	d := Group(Text("{"), Indent(Line(), Text("a"), Hardline(), Text("b")), Line(), Text("}"))
	if got, want := print(d, 80), "{\n  a\n  b\n}"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestGroupIDs(t *testing.T) {
	const id GroupID = 1
	d := Cat(
		GroupWith(Cat(Text("x ="), Indent(Line())), GroupOpts{ID: id, ShouldBreak: true}),
		IndentIfBreak(id, Cat(Text("y"), Hardline(), Text("z"))),
		IfGroupBreaks(id, Text(";broken"), Text(";flat")),
	)
	if got, want := print(d, 80), "x =\n  y\n  z;broken"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFill(t *testing.T) {
	var parts []Doc
	for i, s := range []string{"10,", "20,", "30,", "40,", "50"} {
		if i > 0 {
			parts = append(parts, Line())
		}
		parts = append(parts, Text(s))
	}
	if got, want := print(Fill(parts...), 8), "10, 20,\n30, 40,\n50"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestTrailingSpacesTrimmed(t *testing.T) {
	d := Cat(Text("a "), Hardline(), Text("b"))
	if got, want := print(d, 80), "a\nb"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStringWidth(t *testing.T) {
	for s, want := range map[string]int{
		"abc": 3, "café": 4, "漢字": 4, "😀": 2, "e\u0301": 1, "\u009bDx": 1, "a\u0085b": 2,
	} {
		if got := StringWidth(s); got != want {
			t.Errorf("StringWidth(%q) = %d, want %d", s, got, want)
		}
	}
}
