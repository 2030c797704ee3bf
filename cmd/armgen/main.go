// Command armgen generates Go models, validators, clients and docs from Azure Resource
// Manager Swagger 2.0 specs. See README.md for the commands.
package main

import (
	"os"
	"runtime/debug"

	"github.com/armgen/armgen/cmd/armgen/cli"
)

// Garbage-collector settings for one run, unless GOGC or GOMEMLIMIT say otherwise. A run
// allocates several times what it keeps (parsed specs, jennifer trees, gofmt); collecting
// half as often saves CPU, and the soft limit keeps a package as large as Network's
// package-2021-02 tag (50 spec files, 180,000 lines of Go) under 256 MiB of heap.
const (
	gcPercent   = 200
	memoryLimit = 256 << 20
)

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	cli.HandleSignals(os.Stderr)
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
