package usermodule

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/armgen/armgen/internal/e2e"
)

// The placeholders the README's commands use for the two clones.
const (
	repoPlaceholder  = "/path/to/armgen"
	specsPlaceholder = "/path/to/azure-rest-api-specs"
)

// wantBlocks are the e2e blocks of README.md and docs/*.md, all of which the tests run or
// compare; a block added to or removed from those pages without the test fails it.
var wantBlocks = []string{
	"install", "install-regenerate", "main.go", "specs",
	"tool-build", "tool-generate", "tool-regenerate", "tool-run", "tool-run-output", "tool-setup",
}

// readmeFirstRun are the blocks that README.md itself must hold: where the specs come from
// and the first run in a user's module. docs/use-in-your-module.md repeats the first run.
var readmeFirstRun = []string{"main.go", "specs", "tool-build", "tool-generate", "tool-run", "tool-run-output", "tool-setup"}

// guidePages returns README.md and the guide's pages under docs/, the files whose e2e
// blocks the tests run.
func guidePages(t *testing.T, repo string) []string {
	t.Helper()
	pages, err := filepath.Glob(filepath.Join(repo, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(pages) == 0 {
		t.Fatalf("no guide pages under %s/docs", repo)
	}
	return append([]string{filepath.Join(repo, "README.md")}, pages...)
}

// fileBlocks returns the text of a Markdown file's fenced blocks whose info string has a
// word e2e:NAME, by NAME.
func fileBlocks(t *testing.T, file string) map[string]string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[string]string{}
	var name string
	var body strings.Builder
	inFence := false
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case !inFence && strings.HasPrefix(line, "```"):
			inFence, name = true, ""
			body.Reset()
			for _, w := range strings.Fields(strings.TrimPrefix(line, "```")) {
				if n, ok := strings.CutPrefix(w, "e2e:"); ok {
					name = n
				}
			}
		case inFence && strings.TrimSpace(line) == "```":
			inFence = false
			if name != "" {
				if _, dup := blocks[name]; dup {
					t.Fatalf("%s has two blocks e2e:%s", file, name)
				}
				blocks[name] = body.String()
			}
		case inFence:
			body.WriteString(line + "\n")
		}
	}
	return blocks
}

// readmeBlocks returns the e2e blocks of README.md and the guide's pages by NAME. A name may
// appear in several pages (the README's first run is repeated, explained, in
// docs/use-in-your-module.md) only with the same text, so no copy can drift from what runs.
func readmeBlocks(t *testing.T, repo string) map[string]string {
	t.Helper()
	blocks := map[string]string{}
	where := map[string]string{}
	for _, file := range guidePages(t, repo) {
		rel, _ := filepath.Rel(repo, file)
		for name, text := range fileBlocks(t, file) {
			if prev, ok := blocks[name]; ok && prev != text {
				t.Errorf("block e2e:%s of %s differs from the one of %s:\n%s\nwant the same text:\n%s", name, rel, where[name], text, prev)
				continue
			}
			if _, ok := blocks[name]; !ok {
				blocks[name], where[name] = text, rel
			}
		}
	}
	var names []string
	for n := range blocks {
		names = append(names, n)
	}
	sort.Strings(names)
	if !reflect.DeepEqual(names, wantBlocks) {
		t.Fatalf("the e2e blocks of README.md and docs/*.md are %v, want %v", names, wantBlocks)
	}
	readme := fileBlocks(t, filepath.Join(repo, "README.md"))
	for _, n := range readmeFirstRun {
		if _, ok := readme[n]; !ok {
			t.Errorf("README.md lacks the block e2e:%s of its first run", n)
		}
	}
	return blocks
}

// userModule is a folder outside the repository where README commands run.
type userModule struct {
	t      *testing.T
	dir    string
	env    []string
	blocks map[string]string
	subst  *strings.Replacer
}

// sh runs a README block with sh -e (each command must succeed), from the module's folder,
// and returns its standard output.
func (m *userModule) sh(name string) string {
	m.t.Helper()
	script := m.subst.Replace(m.blocks[name])
	cmd := exec.Command("sh", "-e", "-x", "-c", script)
	cmd.Dir, cmd.Env = m.dir, m.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	defer func() { m.t.Logf("e2e:%s took %v", name, time.Since(start).Round(time.Millisecond)) }()
	if err := cmd.Run(); err != nil {
		m.t.Fatalf("README block e2e:%s failed (%v) in %s:\n%s\nstdout:\n%s\nstderr:\n%s", name, err, m.dir, script, stdout.String(), stderr.String())
	}
	return stdout.String()
}

// run runs a command of the test's own (not from the README) in the module's folder.
func (m *userModule) run(name string, args ...string) string {
	m.t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = m.dir, m.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		m.t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// tree reads every file under dir by slash path.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// goGenerateLine returns the //go:generate line of the package's doc.go.
func goGenerateLine(t *testing.T, pkgDir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(pkgDir, "doc.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "//go:generate ") {
			return line
		}
	}
	t.Fatalf("%s/doc.go has no //go:generate line:\n%s", pkgDir, data)
	return ""
}

// checkPortable fails unless every argument of the directive is a relative path or a flag:
// nothing of where the clones or the module are on this machine.
func checkPortable(t *testing.T, line string) {
	t.Helper()
	for _, w := range strings.Fields(strings.TrimPrefix(line, "//go:generate ")) {
		if filepath.IsAbs(w) || strings.HasPrefix(w, "/") {
			t.Errorf("the //go:generate line holds the absolute path %s:\n%s", w, line)
		}
	}
}

// regenerates damages the generated package (one file removed, one changed), runs a README
// block that calls go generate and armgen --check, and requires the package to be exactly as
// before: so go generate really ran armgen, and --check found the result current.
func (m *userModule) regenerates(block string) {
	m.t.Helper()
	pkg := filepath.Join(m.dir, "armnetwork")
	before := tree(m.t, pkg)
	if err := os.Remove(filepath.Join(pkg, "models.go")); err != nil {
		m.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(pkg, "enums.go"), []byte("package armnetwork\n"), 0o644); err != nil {
		m.t.Fatal(err)
	}
	out := m.sh(block)
	if after := tree(m.t, pkg); !reflect.DeepEqual(before, after) {
		m.t.Errorf("go generate (block e2e:%s) did not reproduce the package", block)
	}
	if !strings.Contains(out, "23 files in armnetwork are current") {
		m.t.Errorf("block e2e:%s: --check did not report the package current:\n%s", block, out)
	}
}

// TestUseArmgenInYourModule runs README.md's first run and docs/use-in-your-module.md: A, armgen as
// a tool of a new module (generate networkWatcher.json 2022-01-01, go mod tidy, build, vet,
// test with the generated example tests, run the README's program and compare its output,
// regenerate with go generate, --check), and B, armgen installed and the module holding only
// the runtime (its go list -m all holds nothing of the generator; go generate and --check).
func TestUseArmgenInYourModule(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	repo := e2e.RepoRoot(t)
	specs := specsRoot(t, repo)
	blocks := readmeBlocks(t, repo)
	subst := strings.NewReplacer(repoPlaceholder, repo, specsPlaceholder, specs)
	newModule := func(t *testing.T) *userModule {
		tmp := t.TempDir()
		dir := filepath.Join(tmp, "user")
		bin := filepath.Join(tmp, "bin")
		for _, d := range []string{dir, bin} {
			if err := os.Mkdir(d, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		if rel, err := filepath.Rel(repo, dir); err == nil && !strings.HasPrefix(rel, "..") {
			t.Fatalf("the user module %s is inside the repository", dir)
		}
		// GOBIN and PATH: where go install puts armgen, as a user's GOPATH/bin on PATH;
		// GOWORK=off: no go.work of this machine applies.
		env := append(os.Environ(), "GOBIN="+bin, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "GOWORK=off")
		return &userModule{t: t, dir: dir, env: env, blocks: blocks, subst: subst}
	}

	t.Run("tool", func(t *testing.T) {
		t.Parallel()
		m := newModule(t)
		m.sh("tool-setup")
		m.sh("tool-generate")
		line := goGenerateLine(t, filepath.Join(m.dir, "armnetwork"))
		if !strings.HasPrefix(line, "//go:generate go tool armgen generate --root ../") {
			t.Errorf("doc.go: %s", line)
		}
		checkPortable(t, line)
		if err := os.WriteFile(filepath.Join(m.dir, "main.go"), []byte(blocks["main.go"]), 0o644); err != nil {
			t.Fatal(err)
		}
		out := m.sh("tool-build")
		if !strings.Contains(out, "ok  \texample.com/user/armnetwork\t") {
			t.Errorf("go test did not run the generated example tests:\n%s", out)
		}
		if got, want := m.sh("tool-run"), blocks["tool-run-output"]; got != want {
			t.Errorf("go run . printed\n%s\nthe README says\n%s", got, want)
		}
		m.regenerates("tool-regenerate")
	})

	t.Run("install", func(t *testing.T) {
		t.Parallel()
		m := newModule(t)
		m.sh("install")
		line := goGenerateLine(t, filepath.Join(m.dir, "armnetwork"))
		if !strings.HasPrefix(line, "//go:generate armgen generate --root ../") || !strings.HasSuffix(line, " --go-generate armgen") {
			t.Errorf("doc.go: %s", line)
		}
		checkPortable(t, line)
		mods := strings.Fields(m.run("go", "list", "-m", "-f", "{{.Path}}", "all"))
		for _, p := range mods {
			for _, generator := range []string{"github.com/spf13/", "github.com/dave/jennifer", "github.com/go-openapi/", "github.com/dlclark/regexp2"} {
				if strings.HasPrefix(p, generator) || p == "github.com/armgen/armgen" {
					t.Errorf("the user module's graph holds the generator's %s:\n%s", p, strings.Join(mods, "\n"))
				}
			}
		}
		for _, want := range []string{"example.com/user", "github.com/armgen/armgen/runtime", "github.com/Azure/azure-sdk-for-go/sdk/azcore"} {
			if !slices.Contains(mods, want) {
				t.Errorf("go list -m all lacks %s:\n%s", want, strings.Join(mods, "\n"))
			}
		}
		m.run("go", "build", "./...")
		m.regenerates("install-regenerate")
	})
}
