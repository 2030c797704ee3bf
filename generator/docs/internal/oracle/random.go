package oracle

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
)

// Gen generates random JSON values full of the cases the printers must get right:
// quotes of every kind, backticks, "${", backslashes, control characters, newlines,
// non-ASCII text, long strings, keys that need quotes or look like numbers, numbers
// that JavaScript rewrites (1.0, 1e21, -0, 1e400, big integers), empty containers,
// deep nesting, and long arrays of short items.
type Gen struct {
	r *rand.Rand
}

// NewGen returns a generator with a fixed seed, so that every run sees the same values.
func NewGen(seed uint64) *Gen {
	return &Gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

var keyPool = []string{
	"id", "a", "ab", "abc", "abcd", "abcde", "name", "type", "value", "properties",
	"description", "x-ms-enum", "$ref", "@odata.type", "_private", "$", "café", "ключ",
	"漢字", "😀", "with space", `quo"te`, "it's", `back\slash`, "new\nline", "tab\tkey",
	"", "0", "1", "2", "10", "01", "1.5", "1.50", "1e3", "-1", "4294967294", "4294967295",
	"999999999999999999999", "12345678901234567890", "constructor", "class", "default",
	"null", "true", "__proto__", "toString", "a-", "ab-", "abcdefghijklmnopqrstuvwxyz",
	"aVeryLongPropertyNameThatKeepsGoingOnAndOnForQuiteAWhileIndeed", "x\u200dy", "\u00e9t\u00e9",
	"e\u0301", "\u2028", "ünïcödé-key", "Ω", "`tick`", "${x}",
}

var numberPool = []string{
	"0", "-0", "1", "-1", "1.0", "0.1", "-0.5", "1e21", "1E21", "1e+21", "-1e21", "1e20",
	"123456789012345678901", "1e-7", "1.5e-7", "0.000001", "0.0000001", "123e-20",
	"4294967295", "9007199254740993", "12345678901234567890", "1e400", "-1e400", "1e-400",
	"2.5", "100", "18000", "1073741824", "3.14159", "0.30000000000000004", "5e-324",
	"1.7976931348623157e308", "10.50", "1E-3", "-0.0", "0e10",
}

var fragments = []string{
	"'", `"`, "`", "${", "${x}", `\`, "\n", "\n\n", "\t", "\r", "\x00", "\x1b", "\x1f", "\x7f",
	"\u0085", "\u009b", "\u00a0", "\u00ad", "\u2028", "\u2029", "é", "漢字", "😀", "🚀", "✅",
	"e\u0301", "ключ", "Ω", " ", "  ", "👍🏽", "👨\u200d👩\u200d👧", "🇫🇷", "1️⃣", "🏳️\u200d🌈", "☀️", "☀",
	"😀\ufe0f", "\u1100\u1161", "\u3000", "\u200b", "/subscriptions/subid/resourceGroups/rg1", "D:\\capture\\pc1.cap",
	"https://example.blob.core.windows.net/capture/pc1.cap", "10.0.0.4", "-", "_", "a", "0",
}

var words = strings.Fields("the packet capture storage location target filter protocol " +
	"local remote port address range entries supported default null vm network watcher")

// Literals returns one value per entry of the generator's pools: every key (as the
// key of a one-member object), every number literal, every string fragment alone,
// doubled and inside a sentence, and arrays of short non-ASCII strings.
func Literals() []*jsonv.Value {
	str := func(s string) *jsonv.Value { return &jsonv.Value{Kind: jsonv.String, Str: s} }
	var out []*jsonv.Value
	for _, k := range keyPool {
		out = append(out, &jsonv.Value{Kind: jsonv.Object, Obj: []jsonv.Member{{Key: k, Value: str(k)}}})
	}
	for _, n := range numberPool {
		out = append(out, &jsonv.Value{Kind: jsonv.Number, Num: n})
	}
	for _, f := range fragments {
		out = append(out, str(f), str(f+f), str("the packet capture "+f+" storage location "+f+" target filter"))
	}
	arr := &jsonv.Value{Kind: jsonv.Array}
	for i, f := range fragments {
		arr.Arr = append(arr.Arr, str(f))
		if i%8 == 7 {
			out = append(out, arr)
			arr = &jsonv.Value{Kind: jsonv.Array, Arr: []*jsonv.Value{str("x")}}
		}
	}
	return append(out, arr)
}

// Key returns a random object key.
func (g *Gen) Key() string {
	if g.r.IntN(3) == 0 {
		return g.word() + strconv.Itoa(g.r.IntN(100))
	}
	return keyPool[g.r.IntN(len(keyPool))]
}

// Number returns a random number literal.
func (g *Gen) Number() string {
	switch g.r.IntN(4) {
	case 0:
		return strconv.Itoa(g.r.IntN(1000) - 100)
	case 1:
		return strconv.FormatInt(g.r.Int64N(1<<53)-1<<40, 10)
	case 2:
		return strconv.FormatFloat(g.r.NormFloat64()*1000, 'g', -1, 64)
	}
	return numberPool[g.r.IntN(len(numberPool))]
}

func (g *Gen) word() string { return words[g.r.IntN(len(words))] }

// String returns a random string, from empty to a few hundred characters.
func (g *Gen) String() string {
	var b strings.Builder
	n := g.r.IntN(8)
	if g.r.IntN(6) == 0 {
		n = 10 + g.r.IntN(40) // long
	}
	for i := 0; i < n; i++ {
		if g.r.IntN(3) == 0 {
			b.WriteString(fragments[g.r.IntN(len(fragments))])
		} else {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(g.word())
		}
	}
	return b.String()
}

// Scalar returns a random null, boolean, number or string.
func (g *Gen) Scalar() *jsonv.Value {
	switch g.r.IntN(10) {
	case 0:
		return &jsonv.Value{Kind: jsonv.Null}
	case 1:
		return &jsonv.Value{Kind: jsonv.Bool, Bool: g.r.IntN(2) == 0}
	case 2, 3, 4:
		return &jsonv.Value{Kind: jsonv.Number, Num: g.Number()}
	}
	return &jsonv.Value{Kind: jsonv.String, Str: g.String()}
}

// Object returns a random object of up to depth levels.
func (g *Gen) Object(depth int) *jsonv.Value {
	n := g.r.IntN(7)
	if g.r.IntN(8) == 0 {
		n = 7 + g.r.IntN(15)
	}
	v := &jsonv.Value{Kind: jsonv.Object, Obj: []jsonv.Member{}}
	seen := map[string]bool{}
	for len(v.Obj) < n {
		k := g.Key()
		if seen[k] {
			continue
		}
		seen[k] = true
		v.Obj = append(v.Obj, jsonv.Member{Key: k, Value: g.Value(depth - 1)})
	}
	return v
}

// Value returns a random value of up to depth levels.
func (g *Gen) Value(depth int) *jsonv.Value {
	if depth <= 0 {
		return g.Scalar()
	}
	switch g.r.IntN(20) {
	case 0, 1, 2, 3, 4, 5, 6:
		return g.Scalar()
	case 7, 8, 9, 10, 11:
		return g.Object(depth)
	case 12, 13:
		return g.array(g.r.IntN(5), func() *jsonv.Value { return g.Value(depth - 1) })
	case 14:
		return g.array(2+g.r.IntN(40), func() *jsonv.Value { return g.smallNumber() })
	case 15:
		return g.array(2+g.r.IntN(30), func() *jsonv.Value {
			return &jsonv.Value{Kind: jsonv.String, Str: g.shortString()}
		})
	case 16:
		return g.array(1+g.r.IntN(4), func() *jsonv.Value { return g.Object(1) })
	case 17:
		return g.Deep(15 + g.r.IntN(15))
	case 18:
		return g.array(95+g.r.IntN(20), func() *jsonv.Value { return g.smallNumber() })
	}
	s := strings.Repeat(g.String()+"\n", 1+g.r.IntN(6))
	return &jsonv.Value{Kind: jsonv.String, Str: s}
}

// Deep returns a chain of n nested objects around a scalar.
func (g *Gen) Deep(n int) *jsonv.Value {
	v := g.Scalar()
	for i := 0; i < n; i++ {
		v = &jsonv.Value{Kind: jsonv.Object, Obj: []jsonv.Member{{Key: g.Key(), Value: v}}}
		if g.r.IntN(4) == 0 {
			v = &jsonv.Value{Kind: jsonv.Array, Arr: []*jsonv.Value{v}}
		}
	}
	return v
}

func (g *Gen) smallNumber() *jsonv.Value {
	lit := strconv.Itoa(g.r.IntN(2000) - 500)
	if g.r.IntN(5) == 0 {
		lit = g.Number()
	}
	return &jsonv.Value{Kind: jsonv.Number, Num: lit}
}

func (g *Gen) shortString() string {
	if g.r.IntN(4) == 0 {
		return fragments[g.r.IntN(len(fragments))]
	}
	return g.word()
}

func (g *Gen) array(n int, elem func() *jsonv.Value) *jsonv.Value {
	v := &jsonv.Value{Kind: jsonv.Array, Arr: make([]*jsonv.Value, n)}
	for i := range v.Arr {
		v.Arr[i] = elem()
	}
	return v
}
