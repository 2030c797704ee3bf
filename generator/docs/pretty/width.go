package pretty

import (
	"regexp"
	"strings"
)

// StringWidth returns the number of columns s occupies, by prettier 2.8.8's
// getStringWidth: printable ASCII counts one column each; otherwise C0/C1 controls
// and combining diacritics (U+0300-U+036F) count zero, East Asian wide and
// fullwidth characters (the is-fullwidth-code-point ranges) and emoji count two,
// and everything else one. As in prettier (string-width), ANSI escape sequences
// introduced by ESC or the C1 CSI character U+009B are removed first.
//
// Prettier folds every emoji-regex match (a single emoji, or an RGI sequence with
// variation selectors, skin-tone modifiers, zero-width joiners, flags or keycaps)
// into two columns. StringWidth approximates the regex: an Emoji_Presentation code
// point, or any code point followed by U+FE0F or a skin-tone modifier, starts a
// two-column cluster that absorbs that U+FE0F, a skin-tone modifier, and
// zero-width-joined emoji; two regional indicators form one flag; "#", "*" or a
// digit followed by U+FE0F U+20E3 is a keycap.
func StringWidth(s string) int {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7f {
			ascii = false
			break
		}
	}
	if ascii {
		return len(s)
	}
	if strings.ContainsAny(s, "\x1b\u009b") {
		s = ansiSequence.ReplaceAllString(s, "")
	}
	rs := []rune(s)
	w := 0
	for i := 0; i < len(rs); i++ {
		if n := emojiCluster(rs, i); n > 0 {
			w += 2
			i += n - 1
			continue
		}
		switch r := rs[i]; {
		case r <= 0x1f || (r >= 0x7f && r <= 0x9f):
		case r >= 0x300 && r <= 0x36f:
		case IsFullwidth(r):
			w += 2
		default:
			w++
		}
	}
	return w
}

// emojiCluster returns how many code points of rs, from i, form one emoji, or 0.
func emojiCluster(rs []rune, i int) int {
	at := func(k int) rune {
		if k < len(rs) {
			return rs[k]
		}
		return -1
	}
	r := rs[i]
	switch {
	case r < 0x80:
		if (r == '#' || r == '*' || (r >= '0' && r <= '9')) && at(i+1) == 0xfe0f && at(i+2) == 0x20e3 {
			return 3
		}
		return 0
	case isRegionalIndicator(r):
		if isRegionalIndicator(at(i + 1)) {
			return 2
		}
		return 1
	case !IsEmojiPresentation(r) && at(i+1) != 0xfe0f && !isSkinTone(at(i+1)):
		return 0
	}
	j := i + 1
	absorb := func() {
		// A variation selector belongs to the emoji only after a text-style base.
		if at(j) == 0xfe0f && !IsEmojiPresentation(at(j-1)) {
			j++
		}
		if isSkinTone(at(j)) {
			j++
		}
	}
	absorb()
	for at(j) == 0x200d && (IsEmojiPresentation(at(j+1)) || isPictographic(at(j+1))) {
		j += 2
		absorb()
	}
	return j - i
}

func isSkinTone(r rune) bool { return r >= 0x1f3fb && r <= 0x1f3ff }

func isRegionalIndicator(r rune) bool { return r >= 0x1f1e6 && r <= 0x1f1ff }

// isPictographic approximates Extended_Pictographic for the second half of a
// zero-width-joined emoji ("⚕", "❄", "♀").
func isPictographic(r rune) bool {
	return (r >= 0x2600 && r <= 0x27bf) || (r >= 0x2b00 && r <= 0x2bff) || (r >= 0x1f000 && r <= 0x1faff)
}

// ansiSequence is the ansi-regex pattern that prettier 2.8.8's strip-ansi uses.
var ansiSequence = regexp.MustCompile(`[\x{1b}\x{9b}][\[\]()#;?]*(?:` +
	`(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?\x{07})` +
	`|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))`)

// IsFullwidth mirrors the is-fullwidth-code-point package that prettier 2.8.8 bundles. Node's
// util.inspect uses the same table (its isFullWidthCodePoint without ICU); neither marks
// U+1F300-U+1F64F, whose Emoji_Presentation code points IsEmojiPresentation covers.
func IsFullwidth(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || r == 0x2329 || r == 0x232a ||
		(r >= 0x2e80 && r <= 0x3247 && r != 0x303f) ||
		(r >= 0x3250 && r <= 0x4dbf) ||
		(r >= 0x4e00 && r <= 0xa4c6) ||
		(r >= 0xa960 && r <= 0xa97c) ||
		(r >= 0xac00 && r <= 0xd7a3) ||
		(r >= 0xf900 && r <= 0xfaff) ||
		(r >= 0xfe10 && r <= 0xfe19) ||
		(r >= 0xfe30 && r <= 0xfe6b) ||
		(r >= 0xff01 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6) ||
		(r >= 0x1b000 && r <= 0x1b001) ||
		(r >= 0x1f200 && r <= 0x1f251) ||
		(r >= 0x20000 && r <= 0x3fffd))
}

// emojiPresentation lists the code points with the Unicode Emoji_Presentation
// property (emoji 13), as inclusive ranges.
var emojiPresentation = [...][2]rune{
	{0x231a, 0x231b}, {0x23e9, 0x23ec}, {0x23f0, 0x23f0}, {0x23f3, 0x23f3},
	{0x25fd, 0x25fe}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267f, 0x267f},
	{0x2693, 0x2693}, {0x26a1, 0x26a1}, {0x26aa, 0x26ab}, {0x26bd, 0x26be},
	{0x26c4, 0x26c5}, {0x26ce, 0x26ce}, {0x26d4, 0x26d4}, {0x26ea, 0x26ea},
	{0x26f2, 0x26f3}, {0x26f5, 0x26f5}, {0x26fa, 0x26fa}, {0x26fd, 0x26fd},
	{0x2705, 0x2705}, {0x270a, 0x270b}, {0x2728, 0x2728}, {0x274c, 0x274c},
	{0x274e, 0x274e}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
	{0x27b0, 0x27b0}, {0x27bf, 0x27bf}, {0x2b1b, 0x2b1c}, {0x2b50, 0x2b50},
	{0x2b55, 0x2b55}, {0x1f004, 0x1f004}, {0x1f0cf, 0x1f0cf}, {0x1f18e, 0x1f18e},
	{0x1f191, 0x1f19a}, {0x1f1e6, 0x1f1ff}, {0x1f201, 0x1f201}, {0x1f21a, 0x1f21a},
	{0x1f22f, 0x1f22f}, {0x1f232, 0x1f236}, {0x1f238, 0x1f23a}, {0x1f250, 0x1f251},
	{0x1f300, 0x1f320}, {0x1f32d, 0x1f335}, {0x1f337, 0x1f37c}, {0x1f37e, 0x1f393},
	{0x1f3a0, 0x1f3ca}, {0x1f3cf, 0x1f3d3}, {0x1f3e0, 0x1f3f0}, {0x1f3f4, 0x1f3f4},
	{0x1f3f8, 0x1f43e}, {0x1f440, 0x1f440}, {0x1f442, 0x1f4fc}, {0x1f4ff, 0x1f53d},
	{0x1f54b, 0x1f54e}, {0x1f550, 0x1f567}, {0x1f57a, 0x1f57a}, {0x1f595, 0x1f596},
	{0x1f5a4, 0x1f5a4}, {0x1f5fb, 0x1f64f}, {0x1f680, 0x1f6c5}, {0x1f6cc, 0x1f6cc},
	{0x1f6d0, 0x1f6d2}, {0x1f6d5, 0x1f6d7}, {0x1f6eb, 0x1f6ec}, {0x1f6f4, 0x1f6fc},
	{0x1f7e0, 0x1f7eb}, {0x1f90c, 0x1f93a}, {0x1f93c, 0x1f945}, {0x1f947, 0x1f978},
	{0x1f97a, 0x1f9cb}, {0x1f9cd, 0x1f9ff}, {0x1fa70, 0x1fa74}, {0x1fa78, 0x1fa7a},
	{0x1fa80, 0x1fa86}, {0x1fa90, 0x1faa8}, {0x1fab0, 0x1fab6}, {0x1fac0, 0x1fac2},
	{0x1fad0, 0x1fad6},
}

// IsEmojiPresentation reports whether r has the Unicode Emoji_Presentation property
// (emoji 13 data), that is, whether it is displayed as a two-column emoji by default.
func IsEmojiPresentation(r rune) bool {
	if r < 0x231a {
		return false
	}
	lo, hi := 0, len(emojiPresentation)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < emojiPresentation[m][0]:
			hi = m
		case r > emojiPresentation[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}
