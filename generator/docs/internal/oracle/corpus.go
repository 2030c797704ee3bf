package oracle

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/armgen/armgen/generator/jsonv"
)

// SpecDir is the 2022-01-01 Microsoft.Network folder of the shared spec mirror,
// relative to the repository root.
const SpecDir = "../shared/azure-rest-api-specs/specification/network/resource-manager/Microsoft.Network/stable/2022-01-01"

// LoadDir parses every *.json file of dir (relative to the repository root),
// sorted by name, and returns them by base name. A missing dir is an error that
// says so.
func LoadDir(dir string) (names []string, docs map[string]*jsonv.Value, err error) {
	root, err := RepoRoot()
	if err != nil {
		return nil, nil, err
	}
	full := filepath.Join(root, dir)
	paths, err := filepath.Glob(filepath.Join(full, "*.json"))
	if err != nil {
		return nil, nil, fmt.Errorf("listing %s: %w", full, err)
	}
	if len(paths) == 0 {
		return nil, nil, fmt.Errorf("no *.json files in %s: is the shared spec mirror in place?", full)
	}
	sort.Strings(paths)
	docs = map[string]*jsonv.Value{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("reading %s: %w", p, err)
		}
		v, err := jsonv.Parse(data)
		if err != nil {
			return nil, nil, fmt.Errorf("parsing %s: %w", p, err)
		}
		name := filepath.Base(p)
		names = append(names, name)
		docs[name] = v
	}
	return names, docs, nil
}

// Walk calls fn for v and every value nested in it, parents first, with its JSON
// pointer.
func Walk(v *jsonv.Value, ptr string, fn func(ptr string, v *jsonv.Value)) {
	fn(ptr, v)
	switch v.Kind {
	case jsonv.Array:
		for i, e := range v.Arr {
			Walk(e, fmt.Sprintf("%s/%d", ptr, i), fn)
		}
	case jsonv.Object:
		for _, m := range v.Obj {
			Walk(m.Value, ptr+"/"+jsonv.EscapeToken(m.Key), fn)
		}
	}
}
