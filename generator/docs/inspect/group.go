package inspect

import (
	"math"
	"strings"
	"unicode"

	"github.com/armgen/armgen/generator/docs/pretty"
	"github.com/armgen/armgen/generator/jsonv"
)

// groupArrayElements arranges the entries of an array with more than six entries
// into aligned columns when the entries are short enough, as Node's function of the
// same name does. Numbers are right-aligned, anything else left-aligned. A trailing
// "... n more items" entry is kept on its own line.
func (c *ctx) groupArrayElements(output []string, arr []*jsonv.Value) []string {
	const separatorSpace = 2 // a comma and a space
	totalLength, maxLength := 0, 0
	outputLength := len(output)
	if c.opts.MaxArrayLength >= 0 && c.opts.MaxArrayLength < len(output) {
		outputLength-- // the "more items" entry
	}
	dataLen := make([]int, outputLength)
	for i := 0; i < outputLength; i++ {
		l := displayWidth(output[i])
		dataLen[i] = l
		totalLength += l + separatorSpace
		if maxLength < l {
			maxLength = l
		}
	}
	actualMax := maxLength + separatorSpace
	if !(actualMax*3+c.indentationLvl < c.opts.BreakLength &&
		(float64(totalLength)/float64(actualMax) > 5 || maxLength <= 6)) {
		return output
	}
	const approxCharHeights = 2.5
	averageBias := math.Sqrt(float64(actualMax) - float64(totalLength)/float64(len(output)))
	biasedMax := math.Max(float64(actualMax)-3-averageBias, 1)
	columns := math.Min(
		math.Min(
			jsRound(math.Sqrt(approxCharHeights*biasedMax*float64(outputLength))/biasedMax),
			math.Floor(float64(c.opts.BreakLength-c.indentationLvl)/float64(actualMax)),
		),
		math.Min(float64(c.opts.Compact*4), 15),
	)
	if math.IsNaN(columns) || columns <= 1 {
		return output
	}
	cols := int(columns)
	maxLineLength := make([]int, cols)
	for i := 0; i < cols; i++ {
		lineMax := 0
		for j := i; j < outputLength; j += cols {
			if dataLen[j] > lineMax {
				lineMax = dataLen[j]
			}
		}
		maxLineLength[i] = lineMax + separatorSpace
	}
	padStart := true
	for i := range output {
		if i >= len(arr) || arr[i].Kind != jsonv.Number {
			padStart = false
			break
		}
	}
	var tmp []string
	for i := 0; i < outputLength; i += cols {
		end := min(i+cols, outputLength)
		var b strings.Builder
		j := i
		for ; j < end-1; j++ {
			padding := maxLineLength[j-i] + UTF16Len(output[j]) - dataLen[j]
			b.WriteString(pad(output[j]+", ", padding, padStart))
		}
		if padStart {
			padding := maxLineLength[j-i] + UTF16Len(output[j]) - dataLen[j] - separatorSpace
			b.WriteString(pad(output[j], padding, true))
		} else {
			b.WriteString(output[j])
		}
		tmp = append(tmp, b.String())
	}
	if outputLength < len(output) {
		tmp = append(tmp, output[outputLength])
	}
	return tmp
}

// jsRound is JavaScript's Math.round: halves round up.
func jsRound(x float64) float64 { return math.Floor(x + 0.5) }

// pad is String.prototype.padStart (start) or padEnd with spaces, in UTF-16 units.
func pad(s string, target int, start bool) string {
	n := target - UTF16Len(s)
	if n <= 0 {
		return s
	}
	if start {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}

// displayWidth approximates Node's ICU-backed getStringWidth(str, false), which
// NFC-normalizes and then adds up per-code-point widths: printable ASCII counts one
// column; other code points count two when East Asian wide or fullwidth
// (approximated by Node's own fallback table) or emoji presentation, zero when
// control, format or combining marks, one otherwise. Of NFC, only the composition
// of Hangul jamo into syllables changes widths, and it is applied; other
// compositions join a base with a zero-width mark and keep the base's width.
func displayWidth(s string) int {
	w := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r < 0x7f:
			if r >= 0x20 {
				w++
			}
		case r >= 0x1100 && r <= 0x1112 && i+1 < len(rs) && rs[i+1] >= 0x1161 && rs[i+1] <= 0x1175:
			// A leading and a vowel jamo (and an optional trailing one) compose
			// into one wide syllable.
			w += 2
			i++
			if i+1 < len(rs) && rs[i+1] >= 0x11a8 && rs[i+1] <= 0x11c2 {
				i++
			}
		case pretty.IsFullwidth(r) || pretty.IsEmojiPresentation(r):
			w += 2
		case r != 0xad && (unicode.In(r, unicode.Cc, unicode.Cf, unicode.Me, unicode.Mn)):
		default:
			w++
		}
	}
	return w
}
