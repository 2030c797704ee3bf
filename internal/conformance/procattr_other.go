//go:build !linux

package conformance

import "os/exec"

// setParentDeath does nothing outside Linux: Stop is the only way the server ends.
func setParentDeath(cmd *exec.Cmd) {}
