package output

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func files(t *testing.T, kv ...string) *Files {
	t.Helper()
	f := NewFiles()
	for i := 0; i < len(kv); i += 2 {
		if err := f.Add(kv[i], []byte(kv[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

// tree reads every file under dir, by slash path.
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

func TestCheck(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	v1 := files(t, "a.go", GeneratedHeader+"\npackage a\n", "sub/b.go", GeneratedHeader+"\npackage b\n", "c.md", "# c\n")

	// A folder that does not exist: everything is added, nothing is created.
	got, err := v1.Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []Change{{"add", ".armgen-files"}, {"add", "a.go"}, {"add", "c.md"}, {"add", "sub/b.go"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("missing folder: %v, want %v", got, want)
	}
	if _, err := os.Stat(dir); err == nil {
		t.Fatal("Check created the output folder")
	}

	if err := v1.Write(dir); err != nil {
		t.Fatal(err)
	}
	if got, err := v1.Check(dir); err != nil || got != nil {
		t.Errorf("right after Write: %v, %v; want nothing", got, err)
	}

	// A changed file, a dropped file, a new file, a hand-written file and a leftover
	// temporary folder.
	v2 := files(t, "a.go", GeneratedHeader+"\npackage a // v2\n", "c.md", "# c\n", "d.md", "# d\n")
	os.WriteFile(filepath.Join(dir, "hand.go"), []byte("package a\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, TempPrefix+"123", "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, TempPrefix+"123", "sub", "b.go"), []byte(GeneratedHeader+"\n"), 0o644)
	before := tree(t, dir)
	got, err = v2.Check(dir)
	if err != nil {
		t.Fatal(err)
	}
	want = []Change{{"change", ".armgen-files"}, {"remove", TempPrefix + "123/"}, {"change", "a.go"}, {"add", "d.md"}, {"remove", "sub/b.go"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("v2: %v, want %v", got, want)
	}
	if after := tree(t, dir); !reflect.DeepEqual(before, after) {
		t.Error("Check changed the output folder")
	}

	// Write does what Check announced, leftover temporary folder included.
	if err := v2.Write(dir); err != nil {
		t.Fatal(err)
	}
	wantTree := map[string]string{
		".armgen-files": "a.go\nc.md\nd.md\n",
		"a.go":          GeneratedHeader + "\npackage a // v2\n",
		"c.md":          "# c\n",
		"d.md":          "# d\n",
		"hand.go":       "package a\n",
	}
	if got := tree(t, dir); !reflect.DeepEqual(got, wantTree) {
		t.Errorf("after the v2 write:\n%v\nwant\n%v", got, wantTree)
	}
	if got, err := v2.Check(dir); err != nil || got != nil {
		t.Errorf("after the v2 write: %v, %v; want nothing", got, err)
	}
}

func TestInterruptBeforeWrite(t *testing.T) {
	dir := t.TempDir()
	if err := files(t, "a.go", "v1").Write(dir); err != nil {
		t.Fatal(err)
	}
	before := tree(t, dir)
	committed = false // as in a new process whose one Write has not started
	if Interrupt() {
		t.Error("Interrupt reported a completed write")
	}
	done := make(chan error)
	go func() { done <- files(t, "a.go", "v2").Write(dir) }()
	// The write waits while the interrupting handler holds the lock; release it as a test
	// would never do in production (the process exits there).
	writeMu.Unlock()
	if err := <-done; !errors.Is(err, ErrInterrupted) {
		t.Errorf("Write after Interrupt: %v, want ErrInterrupted", err)
	}
	if got := tree(t, dir); !reflect.DeepEqual(got, before) {
		t.Errorf("the interrupted write changed the folder: %v", got)
	}
	interrupted.Store(false)

	// After a completed write, Interrupt says so and lets the run go on.
	if err := files(t, "a.go", "v3").Write(dir); err != nil {
		t.Fatal(err)
	}
	if !Interrupt() {
		t.Error("Interrupt after a completed write reported none")
	}
	// The run goes on, and its other output folders are written too.
	other := t.TempDir()
	if err := files(t, "b.go", "v1").Write(other); err != nil {
		t.Errorf("a later Write of a run that had moved files into place: %v", err)
	}
	interrupted.Store(false)
	committed = false
}
