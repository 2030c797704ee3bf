package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/armgen/armgen/generator/load"
	"github.com/spf13/cobra"
)

// maxWarnings is how many warnings a run prints without --verbose.
const maxWarnings = 5

// printWarnings prints warnings one per line as "warning[kind]: file#pointer: message",
// then one line counting them by kind. Without --verbose only the first maxWarnings are
// printed, with the file and the pointer shortened (shortFile, shortPointer); --verbose
// prints every warning in full.
func printWarnings(cmd *cobra.Command, stderr io.Writer, warnings []load.Diagnostic) {
	if len(warnings) == 0 {
		return
	}
	verbose, _ := cmd.Flags().GetBool("verbose")
	for i, w := range warnings {
		if !verbose && i == maxWarnings {
			break
		}
		fmt.Fprintln(stderr, warningLine(w, !verbose))
	}
	fmt.Fprintln(stderr, warningCount(warnings, verbose))
}

// warningKind is the warning's kind, "other" when it names none.
func warningKind(w load.Diagnostic) string {
	if w.Kind == "" {
		return "other"
	}
	return w.Kind
}

// warningLine renders one warning on one line (line breaks in the message become spaces).
func warningLine(w load.Diagnostic, short bool) string {
	if short {
		w.File, w.Pointer = shortFile(w.File), shortPointer(w.Pointer)
	}
	w.Msg = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ").Replace(w.Msg)
	return "warning[" + warningKind(w) + "]: " + w.String()
}

// warningCount is the closing line: how many warnings of each kind, most frequent first,
// and how many were not shown.
func warningCount(warnings []load.Diagnostic, verbose bool) string {
	counts := map[string]int{}
	var kinds []string
	for _, w := range warnings {
		k := warningKind(w)
		if counts[k] == 0 {
			kinds = append(kinds, k)
		}
		counts[k]++
	}
	sort.Slice(kinds, func(i, j int) bool {
		if counts[kinds[i]] != counts[kinds[j]] {
			return counts[kinds[i]] > counts[kinds[j]]
		}
		return kinds[i] < kinds[j]
	})
	parts := make([]string, len(kinds))
	for i, k := range kinds {
		parts[i] = fmt.Sprintf("%d %s", counts[k], k)
	}
	noun := "warnings"
	if len(warnings) == 1 {
		noun = "warning"
	}
	hidden := ""
	if !verbose && len(warnings) > maxWarnings {
		hidden = fmt.Sprintf(" (%d not shown; --verbose lists them all)", len(warnings)-maxWarnings)
	}
	return fmt.Sprintf("armgen: %d %s%s: %s", len(warnings), noun, hidden, strings.Join(parts, ", "))
}

// shortFile keeps the last two elements of a slash path of more than two, after "…/":
// "…/2022-01-01/networkWatcher.json", "…/examples/PacketCaptureCreate.json".
func shortFile(file string) string {
	parts := strings.Split(file, "/")
	if len(parts) <= 2 {
		return file
	}
	return "…/" + strings.Join(parts[len(parts)-2:], "/")
}

// Shortened pointers keep pointerHead tokens at the front (one more under /paths and
// /x-ms-paths: the path and the method), pointerTail at the end, and "…" for the tokens in
// between; a URL path (the token after /paths or /x-ms-paths) longer than maxToken runes
// keeps its last maxToken-1 after a "…". Other tokens, such as definition names, stay whole.
const (
	pointerHead = 2
	pointerTail = 2
	maxToken    = 40
)

// shortPointer shortens a JSON pointer for a warning line:
// "/definitions/Foo/properties/bar/items/$ref" becomes "/definitions/Foo/…/items/$ref",
// and "/paths/~1subscriptions~1{id}~1…~1packetCaptures~1{name}/put/x-ms-examples/Create/$ref"
// keeps the end of the path, the method and the last two tokens.
func shortPointer(ptr string) string {
	if ptr == "" {
		return ptr
	}
	toks := strings.Split(strings.TrimPrefix(ptr, "/"), "/")
	head := pointerHead
	isPath := toks[0] == "paths" || toks[0] == "x-ms-paths"
	if isPath {
		head++
	}
	if len(toks) > head+pointerTail {
		toks = append(append(toks[:head:head], "…"), toks[len(toks)-pointerTail:]...)
	}
	if isPath && len(toks) > 1 {
		if n := utf8.RuneCountInString(toks[1]); n > maxToken {
			r := []rune(toks[1])
			toks[1] = "…" + string(r[n-(maxToken-1):])
		}
	}
	return "/" + strings.Join(toks, "/")
}
