package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// Discover lists the spec files of the corpus under root, as slash paths relative to root,
// sorted: every .json file under root/specification that is not inside an examples/
// folder and is a Swagger 2.0 document. A file counts as one when it is a JSON object
// whose "swagger" is "2.0", or when it is not valid JSON at all (a broken spec is still a
// spec to try: armgen must refuse it with a clear error); valid JSON of any other shape
// (a JSON Schema, a config file) is not a spec. With a filter, only paths it matches are
// kept.
func Discover(root string, filter *regexp.Regexp) ([]string, error) {
	base := filepath.Join(root, "specification")
	if _, err := os.Stat(base); err != nil {
		return nil, fmt.Errorf("specs root %s: %w", root, err)
	}
	var files []string
	err := filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "examples" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(d.Name(), ".json") {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if filter != nil && !filter.MatchString(rel) {
			return nil
		}
		ok, err := isSwagger(p)
		if err != nil {
			return err
		}
		if ok {
			files = append(files, rel)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list specs under %s: %w", base, err)
	}
	slices.Sort(files)
	return files, nil
}

// isSwagger reports whether the file at p is a Swagger 2.0 document or not JSON at all.
func isSwagger(p string) (bool, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return false, err
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var head struct {
		Swagger any `json:"swagger"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return false, nil // valid JSON, but not an object
		}
		return true, nil // not JSON: a broken spec
	}
	return head.Swagger == "2.0", nil
}
