// Package load reads a Swagger 2.0 spec and every file its $refs reach.
//
// Load parses each file twice over: into an order-preserving jsonv tree (positions, key
// order, exact numbers) and, on demand, into go-openapi/spec types for the typed view the
// IR builder needs. References are resolved relative to the file that holds them, may not
// leave the spec root folder, and are followed only as far as they are reachable from the
// root file's paths. x-ms-examples files are attached to their operations; a missing example
// file is a warning, not an error.
package load

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/go-openapi/loads"
	"github.com/go-openapi/spec"
	"github.com/go-openapi/swag/loading"
)

// Options controls how a spec is loaded.
type Options struct {
	// Root is the folder that $refs may not leave. Empty means the spec file's folder.
	Root string
	// FS, when set, is read instead of the operating system's files; paths in it are
	// relative to Root with forward slashes. Tests and benchmarks use it to load in memory.
	FS fs.FS
	// AllowRemote permits http(s) $refs. Off by default.
	AllowRemote bool
}

// File is one loaded JSON file.
type File struct {
	// Path is the file's path relative to the spec root with forward slashes, or its URL.
	Path string
	// Tree is the parsed file.
	Tree *jsonv.Value
	// Raw is the file's bytes as read.
	Raw []byte
}

// Document is a loaded spec: the root file, every file reachable from it, and warnings.
type Document struct {
	// Spec is the first input file.
	Spec *File
	// Specs are the input files in the order given (one for a plain spec, several for a
	// readme tag or a repeated --spec): the operations of all their paths make the package.
	Specs []*File
	// Warnings are problems that did not stop loading, such as a missing example file.
	Warnings Errors
	// RootDir is the absolute folder that bounds $refs.
	RootDir string

	opts    Options
	fsys    fs.FS
	root    *os.Root // open while files may still be read; nil with Options.FS
	files   map[string]*File
	missing map[string]bool
	schemas map[string]*spec.Schema
	params  map[string]*spec.Parameter
	resps   map[string]*spec.Response
}

// Load reads the spec at specPath and every file reachable from its paths.
// On failure the error is an Errors listing every problem found. Call Close on the
// Document when done with it (after build.Build), which may read further files.
func Load(specPath string, opts Options) (*Document, error) {
	return LoadAll([]string{specPath}, opts)
}

// LoadAll reads several input files as one spec: every file reachable from the paths of
// any of them is loaded once, so a definition that several input files reach is one
// definition. Without opts.Root, $refs may not leave the deepest folder that holds every
// input file. On failure the error is an Errors listing every problem of every file.
func LoadAll(specPaths []string, opts Options) (*Document, error) {
	if len(specPaths) == 0 {
		return nil, errors.New("no spec files to load")
	}
	abs := make([]string, len(specPaths))
	for i, p := range specPaths {
		a, err := filepath.Abs(p)
		if err != nil {
			return nil, fmt.Errorf("resolve spec path %s: %w", p, err)
		}
		abs[i] = a
	}
	root := opts.Root
	if root == "" {
		root = commonDir(abs)
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("resolve root folder %s: %w", opts.Root, err)
	}
	rels := make([]string, len(abs))
	for i, a := range abs {
		rel, err := filepath.Rel(root, a)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return nil, fmt.Errorf("spec %s is not inside the root folder %s: pass --root a folder that contains it", specPaths[i], root)
		}
		rels[i] = filepath.ToSlash(rel)
	}
	d := &Document{
		RootDir: root,
		opts:    opts,
		fsys:    opts.FS,
		files:   map[string]*File{},
		missing: map[string]bool{},
		schemas: map[string]*spec.Schema{},
		params:  map[string]*spec.Parameter{},
		resps:   map[string]*spec.Response{},
	}
	if d.fsys == nil {
		r, err := os.OpenRoot(root)
		if err != nil {
			return nil, fmt.Errorf("open root folder: %w", err)
		}
		// The builder may read more files after Load returns (the subtypes of a
		// discriminated model can refer to files the paths never reach), so the root stays
		// open until Close.
		d.root = r
		d.fsys = r.FS()
	}
	ok := false
	defer func() {
		if !ok {
			d.Close()
		}
	}()
	var errs Errors
	d.prefetch(rels)
	added := map[string]bool{}
	for _, rel := range rels {
		if added[rel] {
			continue // the same input file twice
		}
		added[rel] = true
		f, diag := d.readFile(rel)
		if diag != nil {
			errs = append(errs, *diag)
			continue
		}
		if e := checkSwaggerVersion(f); len(e) > 0 {
			errs = append(errs, e...)
			continue
		}
		// Schemas are decoded into go-openapi/spec types on demand (Document.Schema); check
		// them all up front so that a wrong node type anywhere is reported with its pointer.
		if e := checkSchemasDeep(f); len(e) > 0 {
			errs = append(errs, e...)
			continue
		}
		d.Specs = append(d.Specs, f)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	d.Spec = d.Specs[0]
	var examples []string
	for _, f := range d.Specs {
		examples = append(examples, d.exampleRefs(f)...)
	}
	d.prefetch(examples)

	w := &walker{doc: d, seen: map[string]bool{}}
	w.walkRoot()
	if len(w.errs) > 0 {
		w.errs.Sort()
		return nil, w.errs
	}
	d.Warnings.Sort()
	ok = true
	return d, nil
}

// Close releases the root folder that a Document loaded from the operating system's files
// keeps open for the files the builder reads later. It is safe to call more than once;
// reading a file not yet loaded after Close fails.
func (d *Document) Close() error {
	if d.root == nil {
		return nil
	}
	err := d.root.Close()
	d.root = nil
	return err
}

// commonDir is the deepest folder that holds every file of abs.
func commonDir(abs []string) string {
	dir := filepath.Dir(abs[0])
	for _, a := range abs[1:] {
		for {
			rel, err := filepath.Rel(dir, a)
			if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				break
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				break
			}
			dir = parent
		}
	}
	return dir
}

// IsInput reports whether the file at path p (relative to the root) is one of the input
// files, whose paths give the package its operations.
func (d *Document) IsInput(p string) bool {
	for _, f := range d.Specs {
		if f.Path == p {
			return true
		}
	}
	return false
}

// checkSwaggerVersion rejects documents that are not Swagger 2.0, such as OpenAPI 3.
func checkSwaggerVersion(f *File) Errors {
	t := f.Tree
	if t.Kind != jsonv.Object {
		return Errors{{File: f.Path, Line: t.Line, Msg: fmt.Sprintf("the document is a JSON %s, want a Swagger 2.0 object", t.Kind)}}
	}
	if o := t.Get("openapi"); o != nil {
		return Errors{{File: f.Path, Pointer: "/openapi", Line: o.Line, Msg: "OpenAPI 3 documents are not supported: armgen reads Swagger 2.0 (\"swagger\": \"2.0\"), the format of azure-rest-api-specs"}}
	}
	s := t.Get("swagger")
	if s == nil {
		return Errors{{File: f.Path, Line: t.Line, Msg: "missing \"swagger\": \"2.0\": not a Swagger 2.0 document"}}
	}
	if s.Kind != jsonv.String || s.Str != "2.0" {
		return Errors{{File: f.Path, Pointer: "/swagger", Line: s.Line, Msg: fmt.Sprintf("unsupported swagger version %s, want \"2.0\"", jsonv.AppendCompact(nil, s))}}
	}
	if p := t.Get("paths"); p != nil && p.Kind != jsonv.Object {
		return Errors{{File: f.Path, Pointer: "/paths", Line: p.Line, Msg: fmt.Sprintf("paths is a JSON %s, want an object", p.Kind)}}
	}
	if p := t.Get("definitions"); p != nil && p.Kind != jsonv.Object {
		return Errors{{File: f.Path, Pointer: "/definitions", Line: p.Line, Msg: fmt.Sprintf("definitions is a JSON %s, want an object", p.Kind)}}
	}
	return nil
}

// File returns a loaded file by its path relative to the root, or nil.
func (d *Document) File(p string) *File { return d.files[p] }

// Files returns every loaded file path, sorted.
func (d *Document) Files() []string { return sortedKeys(d.files) }

// readFile loads and parses one file, remembering it. It returns a diagnostic when the
// file is missing or is not JSON.
func (d *Document) readFile(p string) (*File, *Diagnostic) {
	if f, ok := d.files[p]; ok {
		return f, nil
	}
	var raw []byte
	var err error
	if isRemote(p) {
		raw, err = d.fetch(p)
	} else {
		raw, err = fs.ReadFile(d.fsys, p)
	}
	if err != nil {
		msg := fmt.Sprintf("cannot read file: %v", err)
		if errors.Is(err, fs.ErrNotExist) {
			msg = "file does not exist"
		}
		return nil, &Diagnostic{File: p, Msg: msg, readErr: err}
	}
	tree, err := jsonv.Parse(raw)
	if err != nil {
		return nil, syntaxDiag(p, raw, err)
	}
	f := &File{Path: p, Tree: tree, Raw: bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})}
	d.files[p] = f
	return f, nil
}

// syntaxDiag explains a parse failure, naming git merge-conflict markers when the file has them.
func syntaxDiag(p string, raw []byte, err error) *Diagnostic {
	if n := conflictMarkerLine(raw); n > 0 {
		return &Diagnostic{File: p, Msg: fmt.Sprintf("file holds unresolved git merge-conflict markers starting at line %d: resolve the conflict upstream, it is not valid JSON", n)}
	}
	if looksLikeYAML(p, raw) {
		return &Diagnostic{File: p, Msg: fmt.Sprintf("invalid JSON: %v: the file looks like YAML, which armgen does not read: it reads Swagger 2.0 in JSON only (convert the file to JSON)", err)}
	}
	return &Diagnostic{File: p, Msg: fmt.Sprintf("invalid JSON: %v", err)}
}

// looksLikeYAML reports whether a file that failed to parse as JSON is named .yaml or .yml,
// or starts (after comments and blank lines) with a YAML mapping key such as `swagger:`.
func looksLikeYAML(p string, raw []byte) bool {
	if ext := strings.ToLower(path.Ext(p)); ext == ".yaml" || ext == ".yml" {
		return true
	}
	for _, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") || line == "---" {
			continue
		}
		key, _, ok := strings.Cut(line, ":")
		return ok && key != "" && !strings.ContainsAny(key, "{}[]\" \t")
	}
	return false
}

// conflictMarkerLine returns the 1-based line of the first git merge-conflict marker, or 0.
func conflictMarkerLine(raw []byte) int {
	for i, line := range bytes.Split(raw, []byte("\n")) {
		line = bytes.TrimRight(line, "\r")
		for _, m := range []string{"<<<<<<< ", ">>>>>>> ", "||||||| "} {
			if bytes.HasPrefix(line, []byte(m)) {
				return i + 1
			}
		}
		if bytes.Equal(line, []byte("=======")) || bytes.Equal(line, []byte("<<<<<<<")) || bytes.Equal(line, []byte(">>>>>>>")) {
			return i + 1
		}
	}
	return 0
}

func isRemote(p string) bool {
	return strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://")
}

// fetch reads a remote document with go-openapi/loads (only when --allow-remote-refs).
func (d *Document) fetch(url string) ([]byte, error) {
	return loads.JSONDoc(url, loading.WithTimeout(30*time.Second))
}

// resolvePath turns a $ref's file part into a file key, relative to the referencing file.
// It refuses paths that leave the root folder and remote URLs unless allowed.
func (d *Document) resolvePath(from, target string) (string, error) {
	if target == "" {
		return from, nil
	}
	if isRemote(target) {
		if !d.opts.AllowRemote {
			return "", fmt.Errorf("remote $ref %s is not followed: pass --allow-remote-refs to allow http(s) references", target)
		}
		return target, nil
	}
	if strings.Contains(target, "://") {
		return "", fmt.Errorf("unsupported $ref scheme in %s", target)
	}
	if isRemote(from) {
		base := from[:strings.LastIndex(from, "/")+1]
		return base + target, nil
	}
	if path.IsAbs(target) || filepath.IsAbs(target) {
		return "", fmt.Errorf("absolute $ref path %s is not allowed: refer to files relative to the referencing file", target)
	}
	p := path.Clean(path.Join(path.Dir(from), target))
	if p == ".." || strings.HasPrefix(p, "../") {
		return "", fmt.Errorf("$ref %s leaves the spec root folder: pass --root a folder that contains it", target)
	}
	return p, nil
}
