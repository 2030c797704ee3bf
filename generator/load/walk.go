package load

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
)

// walker follows every $ref reachable from the root file's paths, loading the files they
// name, so that the whole reachable graph is known (and every broken link reported) before
// the IR is built.
type walker struct {
	doc     *Document
	seen    map[string]bool
	errs    Errors
	missing map[string]*missingFile
}

type missingFile struct {
	first Diagnostic
	more  int
}

func (w *walker) walkRoot() {
	w.missing = map[string]*missingFile{}
	for _, f := range w.doc.Specs {
		for _, key := range []string{"paths", "x-ms-paths"} {
			if v := f.Tree.Get(key); v != nil {
				w.walk(f, v, "/"+key)
			}
		}
	}
	files := make([]string, 0, len(w.missing))
	for f := range w.missing {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, f := range files {
		m := w.missing[f]
		d := m.first
		if m.more > 0 {
			d.Msg += fmt.Sprintf(" (and %d more $refs to it)", m.more)
		}
		w.errs = append(w.errs, d)
	}
}

func (w *walker) walk(f *File, v *jsonv.Value, ptr string) {
	switch v.Kind {
	case jsonv.Object:
		for _, m := range v.Obj {
			p := ptr + "/" + jsonv.EscapeToken(m.Key)
			switch m.Key {
			case "$ref":
				w.ref(f, m.Value, p)
			case "x-ms-examples":
				w.examples(f, m.Value, p)
			default:
				w.walk(f, m.Value, p)
			}
		}
	case jsonv.Array:
		for i, e := range v.Arr {
			w.walk(f, e, fmt.Sprintf("%s/%d", ptr, i))
		}
	}
}

func (w *walker) ref(f *File, r *jsonv.Value, ptr string) {
	if r.Kind != jsonv.String {
		w.errs = append(w.errs, Diagnostic{File: f.Path, Pointer: ptr, Line: r.Line, Msg: fmt.Sprintf("$ref is a JSON %s, want a string", r.Kind)})
		return
	}
	tf, tptr, node, err := w.doc.resolve(f, r.Str)
	if err != nil {
		diag := Diagnostic{File: f.Path, Pointer: ptr, Line: r.Line, Msg: fmt.Sprintf("$ref %q: %v", r.Str, err)}
		if bf, ok := err.(*badFileError); ok {
			if !w.seen["bad:"+bf.diag.File] {
				w.seen["bad:"+bf.diag.File] = true
				w.errs = append(w.errs, bf.diag)
			}
			return
		}
		if mf, ok := err.(*missingFileError); ok {
			if m := w.missing[mf.path]; m != nil {
				m.more++
			} else {
				w.missing[mf.path] = &missingFile{first: diag}
			}
			return
		}
		w.errs = append(w.errs, diag)
		return
	}
	key := tf.Path + "#" + tptr
	if w.seen[key] {
		return
	}
	w.seen[key] = true
	w.walk(tf, node, tptr)
}

// examples loads the files that an operation's x-ms-examples name. A missing example
// file is a warning, and so is one that is not JSON: examples document a spec and feed
// its example tests, so one bad file leaves that example out instead of ending the run.
func (w *walker) examples(f *File, v *jsonv.Value, ptr string) {
	if v.Kind != jsonv.Object {
		w.errs = append(w.errs, Diagnostic{File: f.Path, Pointer: ptr, Line: v.Line, Msg: fmt.Sprintf("x-ms-examples is a JSON %s, want an object of example references", v.Kind)})
		return
	}
	for _, m := range v.Obj {
		p := ptr + "/" + jsonv.EscapeToken(m.Key)
		r := m.Value.Get("$ref")
		if r == nil || r.Kind != jsonv.String {
			w.errs = append(w.errs, Diagnostic{File: f.Path, Pointer: p, Line: m.Value.Line, Msg: "example entry needs a \"$ref\" string naming its file"})
			continue
		}
		target, _, _ := strings.Cut(r.Str, "#")
		fp, err := w.doc.resolvePath(f.Path, target)
		if err != nil {
			w.errs = append(w.errs, Diagnostic{File: f.Path, Pointer: p + "/$ref", Line: r.Line, Msg: err.Error()})
			continue
		}
		if _, diag := w.doc.readFile(fp); diag != nil {
			if diag.missing() {
				w.doc.Warnings = append(w.doc.Warnings, Diagnostic{File: f.Path, Pointer: p + "/$ref", Line: r.Line, Kind: WarnMissingExample,
					Msg: fmt.Sprintf("example file %s does not exist; the example is skipped", fp)})
				continue
			}
			w.doc.Warnings = append(w.doc.Warnings, Diagnostic{File: f.Path, Pointer: p + "/$ref", Line: r.Line, Kind: WarnBrokenExample,
				Msg: fmt.Sprintf("example file %s is broken, the example is skipped: %s", fp, diag)})
		}
	}
}

// missingFileError reports a $ref to a file that does not exist.
type missingFileError struct{ path string }

func (e *missingFileError) Error() string {
	return fmt.Sprintf("file %s does not exist: is the spec folder complete?", e.path)
}

// unreadableError says why the file system would not read file p, without repeating
// its path (a *fs.PathError's message starts with it).
func unreadableError(p string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Errorf("file %s cannot be read: %v", p, err)
}

// badFileError reports a $ref to a file that exists but cannot be parsed.
type badFileError struct{ diag Diagnostic }

func (e *badFileError) Error() string { return e.diag.String() }

// resolve follows one $ref from file f and returns the target file, pointer and node.
func (d *Document) resolve(f *File, ref string) (*File, string, *jsonv.Value, error) {
	target, frag, _ := strings.Cut(ref, "#")
	if frag != "" && frag[0] != '/' {
		return nil, "", nil, fmt.Errorf("fragment %q is not a JSON pointer (want #/definitions/Name)", frag)
	}
	// A JSON pointer in a URI fragment is percent-encoded (RFC 6901, section 6):
	// "#/definitions/Page%5BLab%5D" names the definition "Page[Lab]". go-openapi's
	// spec.Ref.String() writes such names encoded even when the spec wrote them raw.
	if strings.Contains(frag, "%") {
		if dec, err := url.PathUnescape(frag); err == nil {
			frag = dec
		}
	}
	p, err := d.resolvePath(f.Path, target)
	if err != nil {
		return nil, "", nil, err
	}
	tf := d.files[p]
	if tf == nil {
		if d.missing[p] {
			return nil, "", nil, &missingFileError{path: p}
		}
		var diag *Diagnostic
		tf, diag = d.readFile(p)
		if diag != nil {
			if diag.missing() {
				d.missing[p] = true
				return nil, "", nil, &missingFileError{path: p}
			}
			if diag.readErr != nil {
				// Not a file with a mistake in it but a name the file system refuses (too
				// long, a folder, no permission): the $ref that names it is the place.
				return nil, "", nil, unreadableError(p, diag.readErr)
			}
			return nil, "", nil, &badFileError{diag: *diag}
		}
	}
	node := tf.Tree.Pointer(frag)
	if node == nil {
		return nil, "", nil, fmt.Errorf("%s has nothing at #%s", tf.Path, frag)
	}
	return tf, frag, node, nil
}

// Resolve follows a $ref written in file f. Load has already checked that every
// reachable $ref resolves, so an error here means the ref was not reachable from the paths.
func (d *Document) Resolve(f *File, ref string) (*File, string, *jsonv.Value, error) {
	return d.resolve(f, ref)
}

// Example returns the example file that an x-ms-examples $ref in file f names, or nil
// when it was missing (a warning was recorded).
func (d *Document) Example(f *File, ref string) *File {
	target, _, _ := strings.Cut(ref, "#")
	p, err := d.resolvePath(f.Path, target)
	if err != nil {
		return nil
	}
	return d.files[p]
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
