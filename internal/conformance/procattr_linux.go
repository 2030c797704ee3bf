package conformance

import (
	"os/exec"
	"syscall"
)

// setParentDeath has Linux kill the server when the test process dies without stopping it
// (a panic, a go test timeout), so that no server is left running.
func setParentDeath(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
