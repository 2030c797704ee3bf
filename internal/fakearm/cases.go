package fakearm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
)

// Case is one x-ms-example of an operation, with what a driver needs to call the generated
// client method and to script the server. The generator's tests write cases from the IR.
type Case struct {
	// Example is the x-ms-examples key and File the example file's base name.
	Example string `json:"example"`
	File    string `json:"file"`
	// OperationID is the spec's operationId; Group the client's operation group; Method
	// the Go method ("Get", "BeginCreate", "NewListPager").
	OperationID string `json:"operationId"`
	Group       string `json:"group"`
	Method      string `json:"method"`
	// Kind is "plain", "lro" or "pager".
	Kind string `json:"kind"`
	// HTTPMethod and Path are the operation's method and path template.
	HTTPMethod string `json:"httpMethod"`
	Path       string `json:"path"`
	// Params are the non-body parameters in the spec's order; Body is the body parameter.
	Params []Param `json:"params"`
	Body   *Param  `json:"body,omitempty"`
	// Success are the spec's success status codes.
	Success []int `json:"success"`
	// FinalStateVia, NextLinkName and ItemName come from the spec's extensions.
	FinalStateVia string `json:"finalStateVia,omitempty"`
	NextLinkName  string `json:"nextLinkName,omitempty"`
	ItemName      string `json:"itemName,omitempty"`
	// SpecAPIVersion is the api-version the client must send.
	SpecAPIVersion string `json:"specApiVersion"`
	// Parameters and Responses are the example file's objects.
	Parameters json.RawMessage `json:"parameters"`
	Responses  json.RawMessage `json:"responses"`
}

// Param is one parameter of a Case.
type Param struct {
	// Name is the wire name and In its location (path, query, header, body).
	Name string `json:"name"`
	In   string `json:"in"`
	// Client marks parameters the client holds (subscriptionId, api-version).
	Client bool `json:"client,omitempty"`
	// Constant is the fixed value of api-version.
	Constant string `json:"constant,omitempty"`
	// Arg marks a method argument; Field names the options field of an optional one.
	Arg   bool   `json:"arg,omitempty"`
	Field string `json:"field,omitempty"`
	// Raw is x-ms-skip-url-encoding.
	Raw bool `json:"raw,omitempty"`
}

// exampleResponse is one entry of an example's "responses".
type exampleResponse struct {
	Headers map[string]string `json:"headers"`
	Body    json.RawMessage   `json:"body"`
}

// variant is one way the server plays a case, with the result the client must return.
type variant struct {
	name string
	op   Operation
	// want is the result body; for pagers, the items.
	want json.RawMessage
}

// parsed holds a case's example decoded.
type parsed struct {
	params    map[string]json.RawMessage
	responses map[string]exampleResponse
	order     []string
}

func parseCase(c *Case) (*parsed, error) {
	p := &parsed{}
	if err := json.Unmarshal(c.Parameters, &p.params); err != nil {
		return nil, fmt.Errorf("example parameters: %w", err)
	}
	if err := json.Unmarshal(c.Responses, &p.responses); err != nil {
		return nil, fmt.Errorf("example responses: %w", err)
	}
	// The order of the responses matters to plain operations: keep the example's.
	dec := json.NewDecoder(bytes.NewReader(c.Responses))
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("example responses: %w", err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("example responses: %w", err)
		}
		p.order = append(p.order, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			return nil, fmt.Errorf("example responses: %w", err)
		}
	}
	return p, nil
}

// response returns the example's response for a status code.
func (p *parsed) response(code int) (exampleResponse, bool) {
	r, ok := p.responses[strconv.Itoa(code)]
	return r, ok
}

// str returns a parameter's example value as text.
func (p *parsed) str(name string) (string, bool) {
	raw, ok := p.params[name]
	if !ok {
		return "", false
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s, true
	}
	return strings.TrimSpace(string(raw)), true
}

// expectedPath fills the path template with the example's values, escaped.
func (c *Case) expectedPath(p *parsed) (string, error) {
	out := c.Path
	for _, prm := range c.Params {
		if prm.In != "path" {
			continue
		}
		v, ok := p.str(prm.Name)
		if !ok {
			return "", fmt.Errorf("example has no value for path parameter %s", prm.Name)
		}
		if !prm.Raw {
			v = url.PathEscape(v)
		}
		out = strings.ReplaceAll(out, "{"+prm.Name+"}", v)
	}
	return out, nil
}

// variants lists how the server plays the case.
func (c *Case) variants(p *parsed, path string) ([]variant, error) {
	switch c.Kind {
	case "plain":
		return c.plainVariants(p, path)
	case "pager":
		return c.pagerVariants(p, path)
	case "lro":
		return c.lroVariants(p, path)
	}
	return nil, fmt.Errorf("unknown kind %q", c.Kind)
}

// plainVariants answer with each success response of the example in turn.
func (c *Case) plainVariants(p *parsed, path string) ([]variant, error) {
	var out []variant
	for _, k := range p.order {
		code, err := strconv.Atoi(k)
		if err != nil || !slices.Contains(c.Success, code) {
			continue
		}
		r := p.responses[k]
		out = append(out, variant{name: "status " + k, op: Operation{Method: c.HTTPMethod, Path: path, Status: code, Body: r.Body}, want: r.Body})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the example has no success response")
	}
	return out, nil
}

// pagerVariants serve the example's list as one page, and, when the operation has next
// links and the list has two items or more, one item per page.
func (c *Case) pagerVariants(p *parsed, path string) ([]variant, error) {
	r, ok := p.response(http.StatusOK)
	if !ok {
		return nil, fmt.Errorf("the example has no 200 response")
	}
	var body map[string]json.RawMessage
	if err := json.Unmarshal(r.Body, &body); err != nil {
		return nil, fmt.Errorf("the example's 200 body is not an object: %w", err)
	}
	var items []json.RawMessage
	if err := json.Unmarshal(body[c.ItemName], &items); err != nil {
		return nil, fmt.Errorf("the example's 200 body has no %q array: %w", c.ItemName, err)
	}
	want, _ := json.Marshal(items)
	withItems := func(list []json.RawMessage) json.RawMessage {
		page := map[string]json.RawMessage{}
		for k, v := range body {
			if k != c.NextLinkName || c.NextLinkName == "" {
				page[k] = v
			}
		}
		if list == nil {
			list = []json.RawMessage{}
		}
		page[c.ItemName], _ = json.Marshal(list)
		b, _ := json.Marshal(page)
		return b
	}
	out := []variant{{name: "one page", op: Operation{Method: c.HTTPMethod, Path: path, Pages: []json.RawMessage{withItems(items)}, NextLinkName: c.NextLinkName}, want: want}}
	if c.NextLinkName != "" && len(items) >= 2 {
		var pages []json.RawMessage
		for _, it := range items {
			pages = append(pages, withItems([]json.RawMessage{it}))
		}
		out = append(out, variant{name: fmt.Sprintf("%d pages", len(pages)), op: Operation{Method: c.HTTPMethod, Path: path, Pages: pages, NextLinkName: c.NextLinkName}, want: want})
	}
	return out, nil
}

// lroVariants play the operation the ways ARM may: with each polling-header combination
// final-state-via allows (two InProgress polls, then the result where final-state-via
// says), and completing synchronously when the spec allows the final status at once.
func (c *Case) lroVariants(p *parsed, path string) ([]variant, error) {
	succ := func(code int) bool { _, ok := p.response(code); return ok && slices.Contains(c.Success, code) }
	put := c.HTTPMethod == http.MethodPut || c.HTTPMethod == http.MethodPatch
	finalCode := 0
	order := []int{200, 201, 204}
	if c.HTTPMethod == http.MethodDelete {
		order = []int{204, 200}
	}
	for _, code := range order {
		if _, ok := p.response(code); ok {
			finalCode = code
			break
		}
	}
	if finalCode == 0 {
		return nil, fmt.Errorf("the example has no final (200, 201 or 204) response")
	}
	final, _ := p.response(finalCode)
	if finalCode == http.StatusNoContent {
		final.Body = nil
	}
	initCode := http.StatusAccepted
	if put {
		initCode = http.StatusCreated
	}
	var out []variant
	if succ(initCode) {
		init, _ := p.response(initCode)
		modes := map[string][][2]bool{
			"azure-async-operation": {{true, false}, {true, true}},
			"location":              {{false, true}, {true, true}},
			"original-uri":          {{true, false}},
		}[c.FinalStateVia]
		if modes == nil {
			modes = [][2]bool{{false, true}, {true, true}}
			if put {
				modes = [][2]bool{{true, false}}
			}
		}
		for _, m := range modes {
			name := map[[2]bool]string{{true, false}: "Azure-AsyncOperation", {false, true}: "Location", {true, true}: "Azure-AsyncOperation and Location"}[m]
			out = append(out, variant{
				name: fmt.Sprintf("%d with %s, 2 polls, final %d", initCode, name, finalCode),
				op: Operation{Method: c.HTTPMethod, Path: path, Status: initCode, Body: init.Body, LRO: &LRO{
					Async: m[0], Location: m[1], Polls: 2, FinalStateVia: c.FinalStateVia, FinalStatus: finalCode, FinalBody: final.Body,
				}},
				want: final.Body,
			})
		}
	}
	if succ(finalCode) && (!put || provisioningEnded(final.Body) || !hasProvisioningState(final.Body)) {
		out = append(out, variant{name: fmt.Sprintf("synchronous %d", finalCode), op: Operation{Method: c.HTTPMethod, Path: path, Status: finalCode, Body: final.Body}, want: final.Body})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no way to play the example: neither %d nor %d is a success status of the spec with an example response", initCode, finalCode)
	}
	return out, nil
}

// provisioningState returns a resource body's properties.provisioningState, or "".
func provisioningState(body []byte) string {
	var r struct {
		Properties struct {
			ProvisioningState string `json:"provisioningState"`
		} `json:"properties"`
	}
	_ = json.Unmarshal(body, &r)
	return r.Properties.ProvisioningState
}

// hasProvisioningState reports whether a body states its provisioning state.
func hasProvisioningState(body []byte) bool { return provisioningState(body) != "" }

// provisioningEnded reports whether a body's provisioning state is terminal, so that
// azcore does not poll for it.
func provisioningEnded(body []byte) bool {
	switch strings.ToLower(provisioningState(body)) {
	case "succeeded", "failed", "canceled", "cancelled":
		return true
	}
	return false
}
