package e2e

import (
	"os"
	"path/filepath"
	"testing"
)

// TestServerSwagger returns the swagger folder of the AutoRest test server that
// scripts/install-testserver.sh installs into .tools/, after checking that spec (a file name
// in it, such as "paging.json") is there. Without it the test is skipped, unless
// ARMGEN_REQUIRE_NODE=1 (set by .ci/run), which makes that a failure.
func TestServerSwagger(t testing.TB, spec string) string {
	t.Helper()
	dir := filepath.Join(RepoRoot(t), ".tools", "node_modules", "@microsoft.azure", "autorest.testserver", "swagger")
	if _, err := os.Stat(filepath.Join(dir, spec)); err != nil {
		if os.Getenv("ARMGEN_REQUIRE_NODE") == "1" {
			t.Fatalf("ARMGEN_REQUIRE_NODE=1 but the AutoRest test server is not installed (run scripts/install-testserver.sh): %v", err)
		}
		t.Skipf("AutoRest test server not installed (scripts/install-testserver.sh): %v", err)
	}
	return dir
}
