package decode

import (
	"encoding/json"
	"strings"
)

// ExactKeys returns the JSON object data ready for encoding/json to decode into a struct
// whose JSON names are declared, matching each key exactly. encoding/json alone matches a
// key to a field case-insensitively, so a key that differs from a declared name only in
// case ("dataflowName" for "dataFlowName") would fill the declared field; a model with
// additionalProperties keeps such a key as an extra key instead, and must not decode it
// twice. all is data decoded as an object. When no key of all is such a case-variant, data
// is returned as it is; otherwise an object of the declared keys only.
func ExactKeys(data []byte, all map[string]json.RawMessage, declared map[string]bool) ([]byte, error) {
	variant := false
	for k := range all {
		if declared[k] {
			continue
		}
		for d := range declared {
			if strings.EqualFold(k, d) {
				variant = true
				break
			}
		}
		if variant {
			break
		}
	}
	if !variant {
		return data, nil
	}
	exact := make(map[string]json.RawMessage, len(declared))
	for k, raw := range all {
		if declared[k] {
			exact[k] = raw
		}
	}
	return json.Marshal(exact)
}
