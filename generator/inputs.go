package generator

import (
	"errors"
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"strings"

	"github.com/armgen/armgen/generator/config"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
)

// inputs is what the options name as the package's input: its spec files, the folder
// that bounds $refs, and what a readme adds.
type inputs struct {
	specs    []string
	root     string
	pkgName  string
	title    string
	tag      string
	warnings []load.Diagnostic
}

// HasInput reports whether the options name any input: a spec file or a readme.
func (o Options) HasInput() bool { return o.Spec != "" || len(o.Specs) > 0 || o.Config != "" }

// resolveInputs turns Spec, Specs, Config and Tag into the input files. A readme's tag
// gives the files listed under it; several spec files are the same as a tag listing them.
func resolveInputs(opts Options) (*inputs, error) {
	in := &inputs{root: opts.Root, pkgName: opts.Package}
	if opts.Spec != "" {
		in.specs = append(in.specs, opts.Spec)
	}
	in.specs = append(in.specs, opts.Specs...)
	if opts.Config == "" {
		if opts.Tag != "" {
			return nil, errors.New("--tag needs --config")
		}
		if len(in.specs) == 0 {
			return nil, errors.New("no spec file: pass --spec FILE or --config readme.md")
		}
		return in, nil
	}
	if len(in.specs) > 0 {
		return nil, errors.New("--config and --spec exclude each other: the readme's tag names the spec files")
	}
	readme, tag := opts.Config, opts.Tag
	sdk, err := config.LoadSDKConfig(opts.Config, opts.Root)
	if err != nil {
		return nil, err
	}
	if sdk != nil {
		// An SDK module's autorest.md: the spec's readme it requires, inside the clone.
		readme = sdk.Readme
		for _, f := range []string{sdk.Readme, sdk.GoReadme} {
			if _, err := os.Stat(f); f != "" && err != nil {
				return nil, fmt.Errorf("%s requires %s (commit %s), which the clone at --root %s does not have: %w", opts.Config, f, sdk.Commit, opts.Root, err)
			}
		}
		if tag == "" {
			tag = sdk.Tag
		}
		if sdk.GoReadme != "" {
			dirs, err := config.Directives(sdk.GoReadme)
			if err != nil {
				return nil, err
			}
			if len(dirs) > 0 {
				in.warnings = append(in.warnings, load.Diagnostic{File: sdk.GoReadme, Kind: load.WarnReadmeKeys,
					Msg: fmt.Sprintf("%d directives armgen does not apply (the package keeps the spec's names and shapes): %s", len(dirs), strings.Join(dirs, "; "))})
			}
		}
	}
	r, err := config.Load(readme)
	if err != nil {
		return nil, err
	}
	p, err := r.Select(tag)
	if err != nil {
		return nil, err
	}
	in.specs, in.title, in.tag = p.InputFiles, p.Title, p.Tag
	if len(p.Ignored) > 0 {
		in.warnings = append(in.warnings, load.Diagnostic{File: readme, Kind: load.WarnReadmeKeys,
			Msg: "keys armgen does not act on are ignored: " + strings.Join(p.Ignored, ", ")})
	}
	if in.root == "" {
		in.root = ConfigRoot(readme)
	}
	if in.pkgName == "" {
		in.pkgName = ConfigPackageName(readme)
	}
	return in, nil
}

// ConfigRoot is the folder that bounds the $refs of a readme's input files when --root is
// not given: the "specification" folder of azure-rest-api-specs above the readme (the
// files refer to ../../../../../common-types), or else the readme's own folder.
func ConfigRoot(readme string) string {
	abs, err := filepath.Abs(readme)
	if err != nil {
		return filepath.Dir(readme)
	}
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		if filepath.Base(dir) == "specification" {
			return dir
		}
		if filepath.Dir(dir) == dir {
			return filepath.Dir(abs)
		}
	}
}

// ConfigPackageName is the default Go package name of a readme's package, as the Azure SDK
// for Go names it: the last element of the module-name its readme.go.md gives
// (sdk/storage/armstorage gives "armstorage"), else "arm" and the service folder's name in
// lower case with only letters and digits for a readme of a resource-manager folder
// (specification/network/resource-manager/readme.md gives "armnetwork", cosmos-db
// "armcosmosdb"), "az" and that name for a data-plane folder, or the readme's folder name.
func ConfigPackageName(readme string) string {
	abs, err := filepath.Abs(readme)
	if err != nil {
		abs = readme
	}
	if name := goReadmeModuleName(filepath.Join(filepath.Dir(abs), "readme.go.md")); name != "" {
		return name
	}
	dir := filepath.Dir(abs)
	prefix := ""
	switch filepath.Base(dir) {
	case "resource-manager":
		prefix, dir = "arm", filepath.Dir(dir)
	case "data-plane":
		prefix, dir = "az", filepath.Dir(dir)
	}
	name := prefix + strings.ToLower(naming.Pascal(filepath.Base(dir)))
	name = strings.Map(func(r rune) rune {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			return r
		}
		return -1
	}, name)
	if name == "" || !(name[0] >= 'a' && name[0] <= 'z') {
		name = "pkg" + name
	}
	return name
}

// goReadmeModuleName returns the package name at the end of the first "module-name:" of a
// readme.go.md that names a Go package (sdk/storage/armstorage gives "armstorage"), or "".
func goReadmeModuleName(path string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		v, ok := strings.CutPrefix(strings.TrimSpace(line), "module-name:")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		name := v[strings.LastIndex(v, "/")+1:]
		if name != "" && token.IsIdentifier(name) && strings.ToLower(name) == name {
			return name
		}
	}
	return ""
}
