package cli

import (
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionTextFromBuildInfo(t *testing.T) {
	info := &debug.BuildInfo{
		GoVersion: "go1.26.8",
		Main:      debug.Module{Path: "github.com/armgen/armgen", Version: "v0.2.0"},
		Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.modified", Value: "true"},
		},
	}
	want := "armgen v0.2.0\n" +
		"module   github.com/armgen/armgen\n" +
		"revision 0123456789abcdef0123456789abcdef01234567 (modified)\n" +
		"go       go1.26.8\n"
	if got := versionText(info, true); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	info.Settings[2].Value = "false"
	info.Main.Replace = &debug.Module{Path: "/home/u/armgen"}
	want = "armgen v0.2.0\n" +
		"module   github.com/armgen/armgen => /home/u/armgen\n" +
		"revision 0123456789abcdef0123456789abcdef01234567\n" +
		"go       go1.26.8\n"
	if got := versionText(info, true); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	info.Settings = nil
	if got := versionText(info, true); !strings.Contains(got, "revision unknown (not recorded") {
		t.Errorf("no VCS settings: %q", got)
	}
	if got := versionText(nil, false); !strings.Contains(got, "no build information") {
		t.Errorf("no build info: %q", got)
	}
}

// TestVersionCommandAndFlag checks that `armgen version` and `armgen --version` print the
// same text, taken from this test binary's own build information.
func TestVersionCommandAndFlag(t *testing.T) {
	code, cmdOut, stderr := run("version")
	if code != 0 || stderr != "" {
		t.Fatalf("version: exit %d, stderr %q", code, stderr)
	}
	code, flagOut, stderr := run("--version")
	if code != 0 || stderr != "" {
		t.Fatalf("--version: exit %d, stderr %q", code, stderr)
	}
	if cmdOut != flagOut {
		t.Errorf("version printed %q, --version %q", cmdOut, flagOut)
	}
	if !strings.HasSuffix(cmdOut, "\ngo       "+runtime.Version()+"\n") {
		t.Errorf("version does not end with the Go version %s: %q", runtime.Version(), cmdOut)
	}
}

// TestVersionOfBuiltBinary builds the CLI and checks that what it prints agrees with what
// `go version -m` reads from the same binary: module path, version, VCS revision and the
// modified flag (when the build recorded them; GOFLAGS=-buildvcs=false or a git worktree
// records none, and the binary must then say the revision is unknown).
func TestVersionOfBuiltBinary(t *testing.T) {
	bin := buildCLI(t)
	out, err := exec.Command(bin, "version").Output()
	if err != nil {
		t.Fatalf("armgen version: %v", err)
	}
	meta, err := exec.Command("go", "version", "-m", bin).Output()
	if err != nil {
		t.Fatalf("go version -m: %v", err)
	}
	var modVersion, revision, modified string
	for _, line := range strings.Split(string(meta), "\n") {
		fields := strings.Fields(line)
		switch {
		case len(fields) >= 3 && fields[0] == "mod" && fields[1] == "github.com/armgen/armgen":
			modVersion = fields[2]
		case len(fields) == 2 && fields[0] == "build" && strings.HasPrefix(fields[1], "vcs.revision="):
			revision = strings.TrimPrefix(fields[1], "vcs.revision=")
		case len(fields) == 2 && fields[0] == "build" && strings.HasPrefix(fields[1], "vcs.modified="):
			modified = strings.TrimPrefix(fields[1], "vcs.modified=")
		}
	}
	if modVersion == "" {
		t.Fatalf("go version -m names no main module:\n%s", meta)
	}
	wantRev := "revision unknown"
	if revision != "" {
		wantRev = "revision " + revision
		if modified == "true" {
			wantRev += " (modified)"
		}
	}
	text := string(out)
	for _, want := range []string{"armgen " + modVersion + "\n", "module   github.com/armgen/armgen\n", wantRev, "go       " + runtime.Version() + "\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("armgen version printed\n%s\nwithout %q", text, want)
		}
	}
}
