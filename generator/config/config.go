// Package config reads AutoRest's literate configuration: a service's readme.md, whose
// fenced yaml blocks name tags and the input files of each.
//
// A block applies when its guard (the text after "yaml" on the fence line) is empty or
// evaluates to true with only $(tag) set to the selected tag: guards that test other
// variables, such as $(go) or $(python), are false, as they are when AutoRest runs without
// those flags. Applicable blocks are read in order: input-file lists are concatenated,
// and the last title wins. The tags a readme offers are the strings its guards compare
// $(tag) with, for which at least one input file applies.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	yaml "go.yaml.in/yaml/v3"
)

// actedOn are the keys armgen reads; Warnings lists the others once.
var actedOn = map[string]bool{"tag": true, "input-file": true, "title": true}

// Readme is a parsed readme.md.
type Readme struct {
	// Path is the readme's path as given.
	Path string
	// DefaultTag is the tag of the unconditioned blocks, or "".
	DefaultTag string
	blocks     []block
}

type block struct {
	line  int // 1-based line of the fence
	guard expr
	raw   string // the guard as written
	data  map[string]any
	keys  []string // top-level keys in order
}

// Package is what one tag selects: its input files and title.
type Package struct {
	// Tag is the selected tag, or "" when the readme has none and its unconditioned
	// blocks list the input files.
	Tag string
	// InputFiles are the spec files, as paths (OS separators) joined to the readme's folder,
	// in the readme's order without repeats.
	InputFiles []string
	// Title is the title key, or "".
	Title string
	// Ignored lists, sorted and once each, the keys of the applicable blocks that armgen
	// does not act on (directive, suppressions, ...).
	Ignored []string
}

// Load reads and parses the readme at p.
func Load(p string) (*Readme, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	return Parse(p, data)
}

// Parse parses readme text; p names it in errors and anchors the input files.
func Parse(p string, data []byte) (*Readme, error) {
	r := &Readme{Path: p}
	fences, err := yamlFences(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	var errs []error
	for _, f := range fences {
		g, err := parseGuard(f.guard)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: yaml block guard %q: %w", p, f.line, f.guard, err))
			continue
		}
		var node yaml.Node
		if err := yaml.Unmarshal([]byte(f.body), &node); err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: yaml block: %w", p, f.line, err))
			continue
		}
		b := block{line: f.line, guard: g, raw: f.guard, data: map[string]any{}}
		if len(node.Content) == 1 {
			doc := node.Content[0]
			if doc.Kind != yaml.MappingNode {
				errs = append(errs, fmt.Errorf("%s:%d: yaml block is not a mapping of keys to values", p, f.line))
				continue
			}
			if err := doc.Decode(&b.data); err != nil {
				errs = append(errs, fmt.Errorf("%s:%d: yaml block: %w", p, f.line, err))
				continue
			}
			for i := 0; i < len(doc.Content); i += 2 {
				b.keys = append(b.keys, doc.Content[i].Value)
			}
		}
		r.blocks = append(r.blocks, b)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	for _, b := range r.blocks {
		if b.raw != "" {
			continue
		}
		if t, ok := b.data["tag"].(string); ok {
			r.DefaultTag = t
		}
	}
	return r, nil
}

// Tags lists the tags the readme offers, sorted: every string a guard compares $(tag)
// with, when the blocks that apply under it list at least one input file of their own.
func (r *Readme) Tags() []string {
	seen := map[string]bool{}
	for _, b := range r.blocks {
		for _, t := range b.guard.tags(nil) {
			seen[t] = true
		}
	}
	var out []string
	for t := range seen {
		for _, b := range r.blocks {
			if b.raw != "" && b.guard.eval(t) && b.data["input-file"] != nil {
				out = append(out, t)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// Select returns the package of a tag; "" selects the default tag, or, when there is
// none, the input files of the unconditioned blocks.
func (r *Readme) Select(tag string) (*Package, error) {
	if tag == "" {
		tag = r.DefaultTag
	}
	tags := r.Tags()
	if tag != "" && !slices.Contains(tags, tag) {
		what := "tags: " + strings.Join(tags, ", ")
		if len(tags) == 0 {
			what = "no tags"
		}
		how := "--tag"
		if tag == r.DefaultTag {
			how = "default tag"
		}
		return nil, fmt.Errorf("%s: %s %q does not exist; the readme has %s", r.Path, how, tag, what)
	}
	pkg := &Package{Tag: tag}
	dir := filepath.Dir(r.Path)
	seenFile, ignored := map[string]bool{}, map[string]bool{}
	var errs []error
	for _, b := range r.blocks {
		if !b.guard.eval(tag) {
			continue
		}
		for _, k := range b.keys {
			if !actedOn[k] {
				ignored[k] = true
			}
		}
		if t, ok := b.data["title"].(string); ok {
			pkg.Title = t
		}
		files, err := stringList(b.data["input-file"])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: input-file: %w", r.Path, b.line, err))
			continue
		}
		for _, f := range files {
			f = strings.TrimPrefix(f, "$(this-folder)/")
			if strings.Contains(f, "$(") || path.IsAbs(f) || filepath.IsAbs(f) {
				errs = append(errs, fmt.Errorf("%s:%d: input-file %q: want a path relative to the readme", r.Path, b.line, f))
				continue
			}
			p := filepath.Join(dir, filepath.FromSlash(f))
			if !seenFile[p] {
				seenFile[p] = true
				pkg.InputFiles = append(pkg.InputFiles, p)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(pkg.InputFiles) == 0 {
		if tag == "" {
			return nil, fmt.Errorf("%s: no default tag and no input-file outside tagged blocks: pass --tag (the readme has tags: %s)", r.Path, strings.Join(tags, ", "))
		}
		return nil, fmt.Errorf("%s: tag %q lists no input-file", r.Path, tag)
	}
	for k := range ignored {
		pkg.Ignored = append(pkg.Ignored, k)
	}
	sort.Strings(pkg.Ignored)
	return pkg, nil
}

// Warning is the one warning that lists the keys armgen does not act on, or "".
func (p *Package) Warning(readme string) string {
	if len(p.Ignored) == 0 {
		return ""
	}
	return fmt.Sprintf("%s: keys armgen does not act on are ignored: %s", readme, strings.Join(p.Ignored, ", "))
}

func stringList(v any) ([]string, error) {
	switch v := v.(type) {
	case nil:
		return nil, nil
	case string:
		return []string{v}, nil
	case []any:
		out := make([]string, 0, len(v))
		for _, e := range v {
			s, ok := e.(string)
			if !ok {
				return nil, fmt.Errorf("want a list of file paths, found %T", e)
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("want a file path or a list of them, found %T", v)
}

type fence struct {
	line  int
	guard string
	body  string
}

// yamlFences finds the fenced code blocks whose info string starts with "yaml" (CommonMark:
// a line of three or more backticks or tildes, indented at most three spaces, closed by a
// line of at least as many of the same character).
func yamlFences(data []byte) ([]fence, error) {
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	var out []fence
	for i := 0; i < len(lines); i++ {
		marker, info, ok := openFence(lines[i])
		if !ok {
			continue
		}
		start := i
		var body bytes.Buffer
		closed := false
		for i++; i < len(lines); i++ {
			t := strings.TrimLeft(lines[i], " ")
			if len(lines[i])-len(t) <= 3 && strings.HasPrefix(t, marker) && strings.Trim(t, marker[:1]+" \t") == "" {
				closed = true
				break
			}
			body.WriteString(lines[i])
			body.WriteByte('\n')
		}
		if !closed {
			return nil, fmt.Errorf("line %d: code block is never closed", start+1)
		}
		lang, guard, _ := strings.Cut(info, " ")
		if lang == "yaml" {
			out = append(out, fence{line: start + 1, guard: strings.TrimSpace(guard), body: body.String()})
		}
	}
	return out, nil
}

func openFence(line string) (marker, info string, ok bool) {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return "", "", false
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 {
		return "", "", false
	}
	return t[:n], strings.TrimSpace(t[n:]), true
}
