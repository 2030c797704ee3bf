// Command armgen generates Go models, validators, clients and docs from Azure Resource
// Manager Swagger 2.0 specs. See README.md for the commands.
package main

import (
	"os"

	"github.com/armgen/armgen/cmd/armgen/cli"
)

func main() {
	cli.HandleSignals(os.Stderr)
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
