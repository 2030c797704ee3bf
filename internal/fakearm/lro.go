package fakearm

import (
	"encoding/json"
	"net/http"
)

// The polling URLs the server hands out.
const (
	asyncPrefix    = "/fakearm/operations/"
	locationPrefix = "/fakearm/locations/"
)

// LRO scripts a long-running operation.
type LRO struct {
	// Async and Location choose the polling headers of the first answer: the
	// Azure-AsyncOperation status monitor, the Location URL, or both.
	Async, Location bool
	// Polls is how many polls answer InProgress before the operation ends.
	Polls int
	// Forever keeps the operation InProgress.
	Forever bool
	// RetryAfter, when set, is the Retry-After header of the first answer and of every
	// InProgress answer.
	RetryAfter string
	// FinalStateVia is the operation's final-state-via: where the result is served.
	FinalStateVia string
	// FinalStatus and FinalBody are the result: the status of the last Location poll and of
	// the final GET (204 means no body).
	FinalStatus int
	FinalBody   json.RawMessage
	// FailCode, when set, ends the operation as Failed with this ARM error code.
	FailCode string
}

// lroState is the progress of the running operation.
type lroState struct {
	lro    *LRO
	method string
	query  string
	polls  int
	done   bool
}

// servesOriginal reports whether the result is read with a GET on the original URL: after
// a PUT or PATCH, or when final-state-via is original-uri.
func (st *lroState) servesOriginal() bool {
	return st.method == http.MethodPut || st.method == http.MethodPatch || st.lro.FinalStateVia == "original-uri"
}

// advance counts a poll and reports whether the operation is still running.
func (st *lroState) advance() (running bool) {
	if st.done {
		return false
	}
	st.polls++
	if st.lro.Forever || st.polls <= st.lro.Polls {
		return true
	}
	st.done = true
	return false
}

func (st *lroState) inProgress(status int, body []byte) reply {
	h := http.Header{}
	if st.lro.RetryAfter != "" {
		h.Set("Retry-After", st.lro.RetryAfter)
	}
	return reply{status: status, header: h, body: body}
}

// pollAsync answers the Azure-AsyncOperation status monitor; s.mu is held.
func (s *Server) pollAsync(id string) reply {
	st := s.state
	if st == nil || !st.lro.Async || id != "op1" {
		return armError(http.StatusNotFound, "NotFound", "fakearm: no such operation "+id)
	}
	if st.advance() {
		return st.inProgress(http.StatusOK, []byte(`{"status":"InProgress"}`))
	}
	if st.lro.FailCode != "" {
		body, _ := json.Marshal(map[string]any{"status": "Failed", "error": map[string]string{"code": st.lro.FailCode, "message": "fakearm: the operation failed"}})
		return reply{status: http.StatusOK, body: body}
	}
	status := map[string]json.RawMessage{"status": json.RawMessage(`"Succeeded"`)}
	if st.method == http.MethodPost && st.lro.FinalStateVia == "azure-async-operation" {
		// The result travels in the status monitor itself.
		var obj map[string]json.RawMessage
		if json.Unmarshal(st.lro.FinalBody, &obj) == nil {
			for k, v := range obj {
				status[k] = v
			}
		}
	}
	body, _ := json.Marshal(status)
	return reply{status: http.StatusOK, body: body}
}

// pollLocation answers the Location URL: 202 while running (when it is the only polling
// URL), then the result; s.mu is held.
func (s *Server) pollLocation(id string) reply {
	st := s.state
	if st == nil || !st.lro.Location || id != "op1" {
		return armError(http.StatusNotFound, "NotFound", "fakearm: no such operation "+id)
	}
	if !st.lro.Async && st.advance() {
		return st.inProgress(http.StatusAccepted, nil)
	}
	if !st.done {
		return armError(http.StatusConflict, "OperationInProgress", "fakearm: the result was asked for before the operation ended")
	}
	if st.lro.FailCode != "" {
		return armError(http.StatusBadRequest, st.lro.FailCode, "fakearm: the operation failed")
	}
	return s.result()
}

// finalGet answers a GET on the original URL after the operation; s.mu is held.
func (s *Server) finalGet() reply {
	st := s.state
	if !st.done {
		return armError(http.StatusConflict, "OperationInProgress", "fakearm: the resource was read before the operation ended")
	}
	return s.result()
}

// result is the operation's result.
func (s *Server) result() reply {
	st := s.state
	status := st.lro.FinalStatus
	if status == 0 {
		status = http.StatusOK
	}
	if status == http.StatusNoContent {
		return reply{status: status}
	}
	return reply{status: status, body: st.lro.FinalBody}
}
