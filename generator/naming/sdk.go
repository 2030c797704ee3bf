package naming

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The Azure SDK for Go's names come from two passes, which this file reproduces from
// their documented behaviour: modelerfour's Pascal case (m4Pascal), then AutoRest's Go
// generator's acronym pass (EnsureNameCase) and package-prefix trimming
// (TrimPackagePrefix).

var (
	// lowerUpper is a lower-case run followed by an upper-case letter ("networkW").
	lowerUpper = regexp.MustCompile(`([a-z]+)([A-Z])`)
	// digitLetter is a digit run followed by letters ("4Address").
	digitLetter = regexp.MustCompile(`(\d+)([a-zA-Z|]+)`)
	// upperRunWord is an upper-case run that ends where a capitalized word starts
	// ("IPAddress": "IP", "Address"); only its first occurrence is split.
	upperRunWord = regexp.MustCompile(`\b([A-Z]+)([A-Z])([a-z])`)
	// m4Separators split words for modelerfour, sdkSeparators for the Go generator.
	m4Separators  = regexp.MustCompile(`[^\pL\p{Nd}]+`)
	sdkSeparators = regexp.MustCompile(`[^\pL\p{Nd}]+`)
)

// m4Words splits s into words: at lower-to-upper changes, after digit runs, at the end of
// the first upper-case run before a capitalized word, and at punctuation. With sdk set it
// splits at the Go generator's wider set of separators.
func m4Words(s string, sdk bool) []string {
	s = lowerUpper.ReplaceAllString(s, "$1 $2")
	s = digitLetter.ReplaceAllString(s, "$1 $2")
	if loc := upperRunWord.FindStringSubmatchIndex(s); loc != nil {
		s = s[:loc[3]] + " " + s[loc[4]:]
	}
	sep := m4Separators
	if sdk {
		sep = sdkSeparators
	}
	var out []string
	for _, w := range sep.Split(s, -1) {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// m4Pascal is modelerfour's Pascal case with upper-case words preserved: each word
// capitalized, a word all in upper case kept as it is, and a word repeated right after
// itself dropped ("ResourceResourceId" gives "ResourceId").
func m4Pascal(s string) string {
	var b strings.Builder
	prev := ""
	for _, w := range m4Words(s, false) {
		if strings.EqualFold(w, prev) {
			continue
		}
		prev = w
		b.WriteString(capitalize(w))
	}
	return b.String()
}

// sdkAcronym is one of the Go generator's acronyms: a case-insensitive pattern matched
// against each word, and whether only its first group (not the whole match) is put in
// upper case.
type sdkAcronym struct {
	re    *regexp.Regexp
	group bool
}

// sdkAcronyms are the Go generator's acronym patterns, in the order it applies them.
var sdkAcronyms = func() []sdkAcronym {
	pats := []string{
		`^aad$`, `^acl`, `aes\d+`, `^api$`, `^ascii$`, `^cpu$`, `^crc\d*$`, `^css$`, `^csv$`,
		`^dns$`, `^eof$`, `gcm`, `^guid$`, `^html$`, `^http[s|\d]?$`, `^jpeg$`, `^(id)s?$`,
		`^(ipc)onfig`, `^(ip)s?$`, `^(ips)ec`, `^(ip)[vV]\d`, `^json$`, `^lhs$`, `^mbcs$`,
		`^md5$`, `^(od)ata$`, `^pdf$`, `^png$`, `^qps$`, `^ram$`, `^rfc\d*$`, `^rhs$`,
		`^rpc$`, `^sha\d*$`, `^(sku)[sS]?$`, `^sla$`, `^smtp$`, `^sql$`, `^ssh$`, `^ssl$`,
		`^tcp$`, `^tiff$`, `^tls$`, `^ttl$`, `^udp$`, `^ui$`, `^uid$`, `^uuid$`, `^uri$`,
		`^url$`, `^utc$`, `^utf\d*$`, `^(vm)s?$`, `^(vpn)s?$`, `^xml$`, `^xsrf$`, `^xss$`,
	}
	out := make([]sdkAcronym, len(pats))
	for i, p := range pats {
		out[i] = sdkAcronym{re: regexp.MustCompile("(?i)" + p), group: strings.Contains(p, "(")}
	}
	return out
}()

// acronymStarts are the first two letters, in lower case, of every word an anchored pattern
// of sdkAcronyms can match; acronymInner are the unanchored patterns' letters.
var acronymStarts, acronymInner = func() (map[string]bool, []string) {
	starts := map[string]bool{}
	for _, p := range []string{"aad", "acl", "api", "ascii", "cpu", "crc", "css", "csv", "dns", "eof", "guid", "html",
		"http", "jpeg", "id", "ipc", "ip", "ips", "json", "lhs", "mbcs", "md5", "od", "pdf", "png", "qps", "ram", "rfc",
		"rhs", "rpc", "sha", "sku", "sla", "smtp", "sql", "ssh", "ssl", "tcp", "tiff", "tls", "ttl", "udp", "ui", "uid",
		"uuid", "uri", "url", "utc", "utf", "vm", "vpn", "xml", "xsrf", "xss"} {
		starts[p[:2]] = true
	}
	return starts, []string{"aes", "gcm"}
}()

// mayBeAcronym reports whether a word can match one of sdkAcronyms: a cheap test that saves
// running the patterns over the words of every name.
func mayBeAcronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	lw := strings.ToLower(w)
	if acronymStarts[lw[:2]] {
		return true
	}
	for _, in := range acronymInner {
		if strings.Contains(lw, in) {
			return true
		}
	}
	return false
}

// EnsureNameCase is the Go generator's pass over a modelerfour name: split into words,
// every acronym in upper case (sdkAcronyms), every word capitalized; with lowerFirst, the
// first word in lower case instead (parameter names). An "xms" prefix is "XMS".
func EnsureNameCase(name string, lowerFirst bool) string {
	if len(name) >= 3 && strings.EqualFold(name[:3], "xms") {
		name = "XMS" + name[3:]
	}
	var b strings.Builder
	for i, w := range m4Words(name, true) {
		if lowerFirst && i == 0 {
			b.WriteString(strings.ToLower(w))
			continue
		}
		for _, a := range sdkAcronyms {
			if !mayBeAcronym(w) {
				break
			}
			m := a.re.FindStringSubmatchIndex(w)
			if m == nil {
				continue
			}
			lo, hi := m[0], m[1]
			if a.group {
				lo, hi = m[2], m[3]
			}
			// The generator replaces the first occurrence of the matched text.
			text := w[lo:hi]
			j := strings.Index(w, text)
			w = w[:j] + strings.ToUpper(text) + w[j+len(text):]
		}
		b.WriteString(capitalize(w))
	}
	return b.String()
}

// capitalize puts the first letter of w in upper case; the words "ip", "os", "ms" and
// "vm" become all upper case.
func capitalize(w string) string {
	switch w {
	case "ip", "os", "ms", "vm":
		return strings.ToUpper(w)
	}
	r, size := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[size:]
}

// TrimPackagePrefix removes the package's stutter prefix (the package name without
// "arm" or "az", compared case-insensitively) from the start of name when what is left
// starts a word: for package armnetwork, "NetworkWatcher" gives "Watcher" and
// "NetworkWatchersClient" "WatchersClient", but "Networks" stays.
func TrimPackagePrefix(prefix, name string) string {
	if prefix == "" || len(name) <= len(prefix) || !strings.EqualFold(name[:len(prefix)], prefix) {
		return name
	}
	r, _ := utf8.DecodeRuneInString(name[len(prefix):])
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return name
	}
	return name[len(prefix):]
}

// StutterPrefix is the prefix that TrimPackagePrefix removes for a package: its name
// without a leading "arm" or "az".
func StutterPrefix(pkg string) string {
	switch {
	case strings.HasPrefix(pkg, "arm"):
		return pkg[3:]
	case strings.HasPrefix(pkg, "az"):
		return pkg[2:]
	}
	return pkg
}
