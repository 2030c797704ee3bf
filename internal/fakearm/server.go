// Package fakearm is an in-process fake of Azure Resource Manager for testing generated
// clients: a TLS server on 127.0.0.1 that answers one scripted operation the way ARM does,
// with long-running operations (201/202 with Azure-AsyncOperation and/or Location, a few
// InProgress polls, then the result where final-state-via says) and lists over several
// pages, and records every request it receives.
//
// RunExamples drives a generated package's clients through every x-ms-example of a spec
// against the server and checks each request and result against the example.
package fakearm

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/cloud"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// Request is one request the server received.
type Request struct {
	// Method is the HTTP method.
	Method string
	// Path is the escaped path, as sent.
	Path string
	// Query is the raw query.
	Query string
	// Header holds the request headers.
	Header http.Header
	// Body is the request body.
	Body []byte
	// At is when the server received the request.
	At time.Time
	// Role says how the server understood it: "initial", "poll-async", "poll-location",
	// "final-get", "page" or "unexpected".
	Role string
}

// Operation scripts the server's answers to one operation.
type Operation struct {
	// Method and Path are the first request's method and escaped path; other requests
	// (besides polls, final GETs and next pages) get a 404 and are recorded as unexpected.
	Method, Path string
	// Status, Header and Body are the answer to the first request. For a long-running
	// operation the polling headers are added to Header.
	Status int
	Header http.Header
	Body   json.RawMessage
	// LRO, when set, makes the operation long-running.
	LRO *LRO
	// Pages, when set, are the pages of a list, answered to GET Path (or Method Path, for a
	// list that a POST returns): page i+1 is linked
	// from page i through the NextLinkName property (which must be set when there are
	// several pages).
	Pages        []json.RawMessage
	NextLinkName string
	// OnRequest, when set, is called with each request after it is recorded.
	OnRequest func(Request)
}

// Server is the fake ARM server.
type Server struct {
	ts *httptest.Server

	mu    sync.Mutex
	op    *Operation
	reqs  []Request
	state *lroState
}

// New starts a server on 127.0.0.1 with TLS; it stops when the test ends.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{}
	s.ts = httptest.NewTLSServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.ts.Close)
	return s
}

// URL is the server's base URL, such as "https://127.0.0.1:41234".
func (s *Server) URL() string { return s.ts.URL }

// ClientOptions point an ARM client at the server: its endpoint, a transport that trusts
// its certificate, and no retries (so that a failure shows at once).
func (s *Server) ClientOptions() *arm.ClientOptions {
	return &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Cloud: cloud.Configuration{
			ActiveDirectoryAuthorityHost: "https://login.invalid/",
			Services: map[cloud.ServiceName]cloud.ServiceConfiguration{
				cloud.ResourceManager: {Audience: "https://management.core.windows.net/", Endpoint: s.ts.URL},
			},
		},
		Transport: s.ts.Client(),
		Retry:     policy.RetryOptions{MaxRetries: -1},
	}}
}

// Script sets the operation the server answers next and forgets earlier requests.
func (s *Server) Script(op Operation) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.op = &op
	s.reqs = nil
	s.state = nil
}

// Requests returns the requests received since the last Script, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// Count returns how many requests had the role.
func (s *Server) Count(role string) int {
	n := 0
	for _, r := range s.Requests() {
		if r.Role == role {
			n++
		}
	}
	return n
}

// reply is an answer the handler writes.
type reply struct {
	status int
	header http.Header
	body   []byte
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	req := Request{Method: r.Method, Path: r.URL.EscapedPath(), Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body, At: time.Now()}
	s.mu.Lock()
	rp := s.route(&req, r)
	s.reqs = append(s.reqs, req)
	var hook func(Request)
	if s.op != nil {
		hook = s.op.OnRequest
	}
	s.mu.Unlock()
	if hook != nil {
		hook(req)
	}
	for k, vs := range rp.header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	if len(rp.body) > 0 && w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(rp.status)
	w.Write(rp.body)
}

// route decides the answer to a request and its role; s.mu is held.
func (s *Server) route(req *Request, r *http.Request) reply {
	op := s.op
	switch {
	case op == nil:
	case strings.HasPrefix(req.Path, asyncPrefix):
		req.Role = "poll-async"
		return s.pollAsync(strings.TrimPrefix(req.Path, asyncPrefix))
	case strings.HasPrefix(req.Path, locationPrefix):
		req.Role = "poll-location"
		return s.pollLocation(strings.TrimPrefix(req.Path, locationPrefix))
	case op.Pages != nil && (req.Method == http.MethodGet || req.Method == op.Method) && req.Path == op.Path:
		req.Role = "page"
		return s.page(r)
	case s.state != nil && req.Method == http.MethodGet && req.Path == op.Path && s.state.servesOriginal():
		req.Role = "final-get"
		return s.finalGet()
	case req.Method == op.Method && req.Path == op.Path && s.state == nil && !s.started():
		req.Role = "initial"
		return s.initial(r)
	}
	req.Role = "unexpected"
	return armError(http.StatusNotFound, "NotFound", fmt.Sprintf("fakearm: nothing scripted for %s %s", req.Method, req.Path))
}

// started reports whether the first request was already answered; s.mu is held.
func (s *Server) started() bool {
	for _, r := range s.reqs {
		if r.Role == "initial" {
			return true
		}
	}
	return false
}

// initial answers the first request; s.mu is held.
func (s *Server) initial(r *http.Request) reply {
	op := s.op
	h := http.Header{}
	for k, vs := range op.Header {
		h[k] = append([]string(nil), vs...)
	}
	if op.LRO != nil {
		s.state = &lroState{lro: op.LRO, method: op.Method, query: r.URL.RawQuery}
		// A resource whose provisioning already ended in the first answer is done: ARM
		// serves it as it is, and azcore reads it without polling.
		if (op.Method == http.MethodPut || op.Method == http.MethodPatch) && provisioningEnded(op.Body) {
			s.state.done = true
		}
		base := "https://" + r.Host
		if op.LRO.Async {
			h.Set("Azure-AsyncOperation", base+asyncPrefix+"op1?"+r.URL.RawQuery)
		}
		if op.LRO.Location {
			h.Set("Location", base+locationPrefix+"op1?"+r.URL.RawQuery)
		}
		if op.LRO.RetryAfter != "" {
			h.Set("Retry-After", op.LRO.RetryAfter)
		}
	}
	return reply{status: op.Status, header: h, body: op.Body}
}

// page answers one page of a list; s.mu is held.
func (s *Server) page(r *http.Request) reply {
	op := s.op
	q := r.URL.Query()
	i := 0
	if tok := q.Get("$skipToken"); tok != "" {
		if _, err := fmt.Sscanf(tok, "page%d", &i); err != nil || i < 1 || i >= len(op.Pages) {
			return armError(http.StatusBadRequest, "InvalidSkipToken", "fakearm: bad $skipToken "+tok)
		}
	}
	body := op.Pages[i]
	if i+1 < len(op.Pages) {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(body, &obj); err != nil || op.NextLinkName == "" {
			return armError(http.StatusInternalServerError, "BadScript", "fakearm: a page to link from is not an object or NextLinkName is empty")
		}
		q.Set("$skipToken", fmt.Sprintf("page%d", i+1))
		link, _ := json.Marshal("https://" + r.Host + op.Path + "?" + q.Encode())
		obj[op.NextLinkName] = link
		body, _ = json.Marshal(obj)
	}
	return reply{status: http.StatusOK, body: body}
}

// armError is an ARM error response.
func armError(status int, code, message string) reply {
	body, _ := json.Marshal(map[string]any{"error": map[string]string{"code": code, "message": message}})
	return reply{status: status, header: http.Header{"Content-Type": {"application/json"}}, body: body}
}
