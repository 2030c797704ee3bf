package cli

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"github.com/armgen/armgen/generator/output"
)

// handlingSignals is set once HandleSignals has installed its handler.
var handlingSignals atomic.Bool

// HandleSignals makes SIGINT and SIGTERM stop a run cleanly: a run that has not started
// moving files into the output folder stops, its temporary folder is removed, a line on
// stderr says so, and the process exits with 128 + the signal number (130, 143), the output
// folder as it was. A signal that arrives once files are being moved into place lets the run
// finish (that takes milliseconds; stopping half-way would mix old and new files), and a
// second signal then ends the process the default way. Main's callers (cmd/armgen) call it
// once at start; tests that call Main in-process do not.
func HandleSignals(stderr io.Writer) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	handlingSignals.Store(true)
	go func() {
		sig := <-sigs
		if output.Interrupt() {
			signal.Stop(sigs)
			return
		}
		fmt.Fprintf(stderr, "armgen: %v: stopped; the output folder was left as it was\n", sig)
		code := 130
		if s, ok := sig.(syscall.Signal); ok {
			code = 128 + int(s)
		}
		os.Exit(code)
	}()
}
