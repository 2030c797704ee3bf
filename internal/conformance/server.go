// Package conformance runs armgen-generated clients against the AutoRest test server
// (@microsoft.azure/autorest.testserver), the mock service every AutoRest generator is tested
// against. This file starts and stops the server; the tests generate the clients, run them
// and read the server's coverage counters.
package conformance

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"
)

// PackageDir is the test server's npm package folder below the repository root, where
// scripts/install-testserver.sh installs it.
const PackageDir = ".tools/node_modules/@microsoft.azure/autorest.testserver"

// Server is a running test server process.
type Server struct {
	// URL is the server's base URL, such as "http://127.0.0.1:41234".
	URL  string
	cmd  *exec.Cmd
	log  *syncBuffer
	done chan struct{}
	once sync.Once
}

// Start runs `node -r preload <pkg>/dist/cli/cli.js run --port N` on a free port of
// 127.0.0.1, with its coverage files in covDir, and waits until it answers GET /report or
// the timeout passes. The caller must call Stop, which is safe to call more than once.
func Start(pkg, preload, covDir string, timeout time.Duration) (*Server, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		s, err := start(pkg, preload, covDir, port, timeout)
		if err == nil {
			return s, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

func start(pkg, preload, covDir string, port int, timeout time.Duration) (*Server, error) {
	cli := filepath.Join(pkg, "dist", "cli", "cli.js")
	if _, err := os.Stat(cli); err != nil {
		return nil, fmt.Errorf("test server not installed (run scripts/install-testserver.sh): %w", err)
	}
	cmd := exec.Command("node", "-r", preload, cli, "run", "--port", strconv.Itoa(port), "--coverageDirectory", covDir)
	cmd.Dir = covDir
	setParentDeath(cmd)
	s := &Server{URL: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, log: &syncBuffer{}, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = s.log, s.log
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start the test server: %w", err)
	}
	go func() { cmd.Wait(); close(s.done) }()
	deadline := time.Now().Add(timeout)
	for {
		select {
		case <-s.done:
			return nil, fmt.Errorf("the test server exited before it was ready:\n%s", s.log.String())
		default:
		}
		if _, err := s.get("/report", 2*time.Second); err == nil {
			return s, nil
		}
		if time.Now().After(deadline) {
			s.Stop()
			return nil, fmt.Errorf("the test server did not answer on %s within %s:\n%s", s.URL, timeout, s.log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Stop asks the server to stop (POST /.admin/stop), then kills the process if it has not
// exited within a few seconds, and waits for it.
func (s *Server) Stop() {
	s.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.URL+"/.admin/stop", nil); err == nil {
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		}
		select {
		case <-s.done:
		case <-time.After(3 * time.Second):
			s.cmd.Process.Kill()
			<-s.done
		}
	})
}

// Log returns what the server has printed so far.
func (s *Server) Log() string { return s.log.String() }

// Report returns the coverage counters of GET /report (category "") or /report/<category>
// ("azure"): scenario name to the number of times it was hit.
func (s *Server) Report(category string) (map[string]int, error) {
	p := "/report"
	if category != "" {
		p += "/" + category
	}
	body, err := s.get(p, 10*time.Second)
	if err != nil {
		return nil, err
	}
	var counts map[string]int
	if err := json.Unmarshal(body, &counts); err != nil {
		return nil, fmt.Errorf("decode %s: %w", p, err)
	}
	return counts, nil
}

// Clear resets the coverage counters (POST /report/clear).
func (s *Server) Clear() error {
	resp, err := http.Post(s.URL+"/report/clear", "application/json", nil)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("POST /report/clear: %s", resp.Status)
	}
	return nil
}

func (s *Server) get(p string, timeout time.Duration) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+p, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", p, resp.Status)
	}
	return body, nil
}

// freePort returns a port of 127.0.0.1 that was free a moment ago.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// syncBuffer collects the server's output from two goroutines.
type syncBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.buf) < 1<<20 {
		b.buf = append(b.buf, p...)
	}
	return len(p), nil
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}
