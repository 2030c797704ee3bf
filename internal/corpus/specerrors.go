package main

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
)

// specErrorsJSON is the reviewed list of spec files that armgen refuses because of a
// mistake in the spec itself (spec-errors.json).
//
//go:embed spec-errors.json
var specErrorsJSON []byte

// SpecError is one entry of the list: a file armgen is right to refuse.
type SpecError struct {
	// File is the spec file, relative to the specs root, as Discover names it.
	File string `json:"file"`
	// Error is a piece of armgen's error output that the refusal must contain, so that
	// a refusal for another reason is still a failure.
	Error string `json:"error"`
	// Mistake is the spec's own mistake, in words, for the README.
	Mistake string `json:"mistake"`
}

// SpecErrors returns the list, keyed by file.
func SpecErrors() (map[string]SpecError, error) {
	var list []SpecError
	if err := json.Unmarshal(specErrorsJSON, &list); err != nil {
		return nil, fmt.Errorf("spec-errors.json: %w", err)
	}
	m := make(map[string]SpecError, len(list))
	for i, e := range list {
		if e.File == "" || e.Error == "" || strings.TrimSpace(e.Mistake) == "" {
			return nil, fmt.Errorf("spec-errors.json: entry %d: file, error and mistake are all required", i)
		}
		if _, dup := m[e.File]; dup {
			return nil, fmt.Errorf("spec-errors.json: %s is listed twice", e.File)
		}
		m[e.File] = e
	}
	return m, nil
}
