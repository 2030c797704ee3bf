// Package naming turns spec names into Go identifiers: exported Pascal case with Go's
// initialisms (ID, IP, URL, VM, VMSS, TCP...), lower camel case for parameters, and
// deterministic collision resolution.
package naming

import (
	"go/token"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Pascal returns the exported Go identifier for name, spelled as the Azure SDK for Go
// spells it (AutoRest's Go generator after modelerfour): the name is split into words
// (m4Words), each word capitalized unless it is all upper case, and then the words that
// are acronyms (sdkAcronyms: ID, IP, URL, SSL, VPN, IPv4...) are put in upper case.
// "networkWatcherName" gives "NetworkWatcherName", "ipAddress" "IPAddress",
// "sslPolicy" "SSLPolicy", "resourceGuid" "ResourceGUID".
func Pascal(name string) string {
	return pascalMemo.get(name, pascal)
}

func pascal(name string) string {
	out := EnsureNameCase(m4Pascal(name), false)
	if out == "" {
		return "X"
	}
	if r, _ := utf8.DecodeRuneInString(out); unicode.IsDigit(r) {
		out = "X" + out
	} else if !unicode.IsLetter(r) {
		out = "X" + out
	}
	return out
}

// Words splits a name into the words Pascal capitalizes one by one (m4Words).
func Words(s string) []string { return m4Words(s, false) }

// Camel returns an unexported Go identifier for name that is not a keyword or a
// predeclared identifier: Pascal with its first word in lower case
// ("NetworkWatcherName" gives "networkWatcherName", "IPAddress" "ipAddress").
func Camel(name string) string {
	return camelMemo.get(name, camel)
}

func camel(name string) string {
	out := EnsureNameCase(m4Pascal(name), true)
	if out == "" {
		return "x"
	}
	if r, _ := utf8.DecodeRuneInString(out); !unicode.IsLetter(r) {
		out = "x" + out
	}
	if token.IsKeyword(out) || predeclared[out] {
		out += "Param"
	}
	return out
}

// memo remembers a pure function's results: a run asks for the same names many times
// (every $ref to a definition, every operation's parameters), and the acronym rules are
// regular expressions. It forgets everything past memoSize names, so a long-running
// process (a fuzzing campaign) does not keep every name it saw.
type memo struct {
	mu sync.Mutex
	m  map[string]string
}

const memoSize = 1 << 14

var pascalMemo, camelMemo memo

// Forget empties the memos, so that each run (generator.Load calls it) computes its own
// names and its cost does not depend on the runs before it in the same process.
func Forget() {
	for _, c := range []*memo{&pascalMemo, &camelMemo, &enumMemo} {
		c.mu.Lock()
		c.m = nil
		c.mu.Unlock()
	}
}

func (c *memo) get(name string, fn func(string) string) string {
	c.mu.Lock()
	out, ok := c.m[name]
	c.mu.Unlock()
	if ok {
		return out
	}
	out = fn(name)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= memoSize {
		c.m = make(map[string]string, 256)
	}
	c.m[name] = out
	c.mu.Unlock()
	return out
}

var predeclared = map[string]bool{
	"any": true, "bool": true, "byte": true, "error": true, "string": true, "int": true, "len": true,
	"cap": true, "new": true, "make": true, "nil": true, "true": true, "false": true, "append": true,
	"copy": true, "delete": true, "panic": true, "print": true, "println": true, "close": true,
	"ctx": true, "options": true, "req": true, "resp": true, "err": true, "client": true,
}

// Namer hands out unique names within one scope, deterministically: the first request
// for a name gets it, later ones get a numeric suffix (Name2, Name3, ...).
type Namer struct {
	used map[string]bool
}

// NewNamer returns a Namer with the given names already taken.
func NewNamer(reserved ...string) *Namer {
	n := &Namer{used: map[string]bool{}}
	for _, r := range reserved {
		n.used[r] = true
	}
	return n
}

// Unique returns name, or name with the smallest suffix from 2 up that is still free,
// and marks it taken.
func (n *Namer) Unique(name string) string {
	if !n.used[name] {
		n.used[name] = true
		return name
	}
	for i := 2; ; i++ {
		cand := name + itoa(i)
		if !n.used[cand] {
			n.used[cand] = true
			return cand
		}
	}
}

// Taken reports whether name is in use.
func (n *Namer) Taken(name string) bool { return n.used[name] }

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
