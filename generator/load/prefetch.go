package load

import (
	"bytes"
	"io/fs"
	"runtime"
	"strings"
	"sync"

	"github.com/armgen/armgen/generator/jsonv"
)

// prefetch reads and parses the local files at paths (relative to the root) in parallel
// and remembers those that parse, so that the walk, which reads files one at a time as it
// meets them, finds them ready. A file that cannot be read or parsed is left for readFile,
// which reports it where the walk needs it. A package of many input files (a readme tag)
// spends most of its loading time parsing: Network's 50 spec files and 1,200 example
// files are 25 MB of JSON.
func (d *Document) prefetch(paths []string) {
	var todo []string
	seen := map[string]bool{}
	for _, p := range paths {
		if !seen[p] && d.files[p] == nil && !isRemote(p) {
			seen[p] = true
			todo = append(todo, p)
		}
	}
	if len(todo) < 2 {
		return
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	files := make([]*File, len(todo))
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				next.Lock()
				j := i
				i++
				next.Unlock()
				if j >= len(todo) {
					return
				}
				raw, err := fs.ReadFile(d.fsys, todo[j])
				if err != nil {
					continue
				}
				tree, err := jsonv.Parse(raw)
				if err != nil {
					continue
				}
				files[j] = &File{Path: todo[j], Tree: tree, Raw: bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})}
			}
		})
	}
	wg.Wait()
	for _, f := range files {
		if f != nil {
			d.files[f.Path] = f
		}
	}
}

// exampleRefs lists the files that the x-ms-examples of f's paths name, resolved
// relative to f.
func (d *Document) exampleRefs(f *File) []string {
	var out []string
	for _, key := range []string{"paths", "x-ms-paths"} {
		paths := f.Tree.Get(key)
		if paths == nil || paths.Kind != jsonv.Object {
			continue
		}
		for _, item := range paths.Obj {
			if item.Value.Kind != jsonv.Object {
				continue
			}
			for _, op := range item.Value.Obj {
				ex := op.Value.Get("x-ms-examples")
				if op.Value.Kind != jsonv.Object || ex == nil || ex.Kind != jsonv.Object {
					continue
				}
				for _, m := range ex.Obj {
					r := m.Value.Get("$ref")
					if r == nil || r.Kind != jsonv.String {
						continue
					}
					target, _, _ := strings.Cut(r.Str, "#")
					if p, err := d.resolvePath(f.Path, target); err == nil {
						out = append(out, p)
					}
				}
			}
		}
	}
	return out
}
