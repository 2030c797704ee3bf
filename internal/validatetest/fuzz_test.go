package validatetest

import (
	"encoding/json"
	"errors"
	"sort"
	"testing"

	"github.com/armgen/armgen/runtime/validation"
)

// fuzzTypes are the names of bodyTypes, sorted, so that a fuzz input picks one by index.
func fuzzTypes() []string {
	names := make([]string, 0, len(bodyTypes))
	for n := range bodyTypes {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// FuzzValidate decodes arbitrary JSON into a generated body type and validates it both
// ways: validation never panics, reports only well-formed problems through a
// validation.Errors, and reports the same problems every time (maps included). The seed
// corpus, which go test runs, is every example body and every invalid payload.
func FuzzValidate(f *testing.F) {
	names := fuzzTypes()
	index := map[string]uint8{}
	for i, n := range names {
		index[n] = uint8(i)
	}
	bodies := exampleBodies(f)
	for _, b := range bodies {
		f.Add(index[b.typ], b.data)
	}
	for _, c := range invalidCases {
		b := findBody(f, bodies, c.body)
		data, err := apply(b.data, c.edit)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(index[b.typ], data)
	}
	f.Add(index["PacketCapture"], []byte(`{"properties":{"filters":[{},{"localPort":"-"}],"scope":{},"storageLocation":{"filePath":"/var/captures/../x.cap"}}}`))
	f.Add(index["ConnectionMonitor"], []byte(`{"tags":{"b":"1","a":"2"},"properties":{"endpoints":[{"scope":{"include":[{}]}}],"testConfigurations":[{"httpConfiguration":{"validStatusCodeRanges":["","9xx"]}}]}}`))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		typ := names[int(which)%len(names)]
		v := bodyTypes[typ]()
		if json.Unmarshal(data, v) != nil {
			return
		}
		for _, request := range []bool{false, true} {
			err := check(v, request)
			if err == nil {
				continue
			}
			var ve validation.Errors
			if !errors.As(err, &ve) || len(ve) == 0 {
				t.Fatalf("%s: error %T is not a non-empty validation.Errors", typ, err)
			}
			for _, e := range ve {
				if e.Rule == "" || e.Message == "" {
					t.Fatalf("%s: problem without a rule or message: %+v", typ, e)
				}
			}
			if again := check(v, request); again == nil || again.Error() != err.Error() {
				t.Fatalf("%s: a second pass reports\n%v\nthe first\n%v", typ, again, err)
			}
		}
	})
}
