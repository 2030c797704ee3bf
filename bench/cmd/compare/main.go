// Command compare measures decoding of the PacketCaptures list and NetworkConfigurationDiagnostic
// example responses into armgen's generated models, the Azure SDK's armnetwork models and
// map[string]any, prints a table, and exits 1 when armgen is not at least -min-speedup times faster
// than armnetwork or does not allocate fewer objects per op.
//
// It is run by hand or by `make bench-decode`, never by `make test`: a wall-clock threshold depends
// on the machine, so it has no place in the test suite.
//
//	cd bench && go run ./cmd/compare [-specs DIR] [-rounds N] [-benchtime D] [-min-speedup X]
//
// Exit status: 0 when the thresholds hold, 1 when they do not or the inputs cannot be read, 2 on a
// usage error.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/armgen/armgen/bench"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// options are the command-line settings of one run.
type options struct {
	specs      string
	rounds     int
	benchtime  time.Duration
	minSpeedup float64
}

// row is one contender's result: the median of its rounds by ns/op.
type row struct {
	name      string
	nsPerOp   int64
	bytesOp   int64
	allocsOp  int64
	allNsOp   []int64
	bytesRead int
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.specs, "specs", bench.SpecsRoot(), "azure-rest-api-specs mirror (default from $"+bench.SpecsRootEnv+")")
	fs.IntVar(&o.rounds, "rounds", 5, "benchmark rounds per contender, interleaved; the median is reported")
	fs.DurationVar(&o.benchtime, "benchtime", time.Second, "target run time of one round (as go test -benchtime)")
	fs.Float64Var(&o.minSpeedup, "min-speedup", 5, "fail unless armgen is at least this many times faster than armnetwork")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 0 || o.rounds < 1 || o.benchtime <= 0 || o.minSpeedup <= 0 {
		fmt.Fprintln(stderr, "compare: usage: compare [-specs DIR] [-rounds N>0] [-benchtime D>0] [-min-speedup X>0]")
		return 2
	}
	bodies, err := bench.LoadBodies(o.specs)
	if err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}

	// testing.Benchmark reads -test.benchtime; register the testing flags, then set it.
	testing.Init()
	if err := flag.Set("test.benchtime", o.benchtime.String()); err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 2
	}
	rows, err := measure(bodies, o.rounds)
	if err != nil {
		fmt.Fprintf(stderr, "compare: %v\n", err)
		return 1
	}
	return report(rows, o, stdout, stderr)
}

// measure runs every contender o.rounds times, interleaved so that a noisy spell on the machine
// hits all of them, and keeps for each the round with the median ns/op.
func measure(bodies bench.Bodies, rounds int) ([]row, error) {
	decoders := bench.Decoders()
	for _, d := range decoders {
		if err := d.Decode(bodies); err != nil {
			return nil, fmt.Errorf("%s: %w", d.Name, err)
		}
	}
	results := make([][]testing.BenchmarkResult, len(decoders))
	for range rounds {
		for i, d := range decoders {
			results[i] = append(results[i], testing.Benchmark(func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(bodies.Len()))
				for b.Loop() {
					if err := d.Decode(bodies); err != nil {
						b.Fatal(err)
					}
				}
			}))
		}
	}
	rows := make([]row, len(decoders))
	for i, d := range decoders {
		rs := slices.Clone(results[i])
		slices.SortFunc(rs, func(a, b testing.BenchmarkResult) int {
			return cmp.Compare(a.NsPerOp(), b.NsPerOp())
		})
		if rs[0].N == 0 {
			return nil, fmt.Errorf("%s: benchmark failed", d.Name)
		}
		med := rs[len(rs)/2]
		r := row{name: d.Name, nsPerOp: med.NsPerOp(), bytesOp: med.AllocedBytesPerOp(), allocsOp: med.AllocsPerOp(), bytesRead: bodies.Len()}
		for _, x := range results[i] {
			r.allNsOp = append(r.allNsOp, x.NsPerOp())
		}
		rows[i] = r
	}
	return rows, nil
}

func find(rows []row, name string) row {
	for _, r := range rows {
		if r.name == name {
			return r
		}
	}
	panic("compare: no contender " + name)
}

// report prints the table and the verdict, and returns the exit status.
func report(rows []row, o options, stdout, stderr io.Writer) int {
	sdk := find(rows, bench.NameArmnetwork)
	ours := find(rows, bench.NameArmgen)
	fmt.Fprintf(stdout, "decode of both example bodies (%d bytes) per op; median of %d rounds of %v\n\n", ours.bytesRead, o.rounds, o.benchtime)
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "contender\tns/op\tB/op\tallocs/op\tspeedup vs armnetwork\tns/op of each round\t")
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2fx\t%v\t\n", r.name, r.nsPerOp, r.bytesOp, r.allocsOp,
			float64(sdk.nsPerOp)/float64(r.nsPerOp), r.allNsOp)
	}
	tw.Flush()
	fmt.Fprintln(stdout)

	speedup := float64(sdk.nsPerOp) / float64(ours.nsPerOp)
	status := 0
	if speedup < o.minSpeedup {
		fmt.Fprintf(stderr, "FAIL: armgen is %.2fx faster than armnetwork, want at least %.2fx\n", speedup, o.minSpeedup)
		status = 1
	}
	if ours.allocsOp >= sdk.allocsOp {
		fmt.Fprintf(stderr, "FAIL: armgen makes %d allocs/op, armnetwork %d: want fewer\n", ours.allocsOp, sdk.allocsOp)
		status = 1
	}
	if status == 0 {
		fmt.Fprintf(stdout, "PASS: armgen is %.2fx faster than armnetwork (want >= %.2fx) with %d allocs/op against %d\n",
			speedup, o.minSpeedup, ours.allocsOp, sdk.allocsOp)
	}
	return status
}
