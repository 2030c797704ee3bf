package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// binDir holds the armgen binary that buildCLI builds once per test run.
var binDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
	buildOut  []byte
)

// buildCLI builds cmd/armgen with `go build` (once per test run) and returns the binary's path.
func buildCLI(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		binDir, buildErr = os.MkdirTemp("", "armgen-cli-test-")
		if buildErr != nil {
			return
		}
		builtBin = filepath.Join(binDir, "armgen")
		buildOut, buildErr = exec.Command("go", "build", "-o", builtBin, "github.com/armgen/armgen/cmd/armgen").CombinedOutput()
	})
	if buildErr != nil {
		t.Fatalf("go build ./cmd/armgen: %v\n%s", buildErr, buildOut)
	}
	return builtBin
}
