package decode

import (
	"encoding/json"
	"testing"
	"time"
)

func TestParseTime(t *testing.T) {
	for in, want := range map[string]string{
		"2021-06-07T08:09:10Z":          "2021-06-07T08:09:10Z",
		"2021-06-07t08:09:10z":          "2021-06-07T08:09:10Z",
		"2021-06-07t08:09:10.123+14:00": "2021-06-07T08:09:10.123+14:00",
		"9999-12-31t23:59:59.999-14:00": "9999-12-31T23:59:59.999-14:00",
		"0001-01-01T00:00:00":           "0001-01-01T00:00:00Z",
		"2021-06-07T08:09:10.9999999":   "2021-06-07T08:09:10.9999999Z",
		"2021-06-07t08:09:10.5":         "2021-06-07T08:09:10.5Z",
		"9999-12-31T23:59:59.9999999Z":  "9999-12-31T23:59:59.9999999Z",
		"2000-12-01T00:00:01.000Z":      "2000-12-01T00:00:01Z",
		"1980-01-02T00:11:35+01:00":     "1980-01-02T00:11:35+01:00",
		"1492-10-12T10:15:01-08:00":     "1492-10-12T10:15:01-08:00",
	} {
		got, err := ParseTime(in)
		if err != nil {
			t.Errorf("ParseTime(%q): %v", in, err)
			continue
		}
		if s := got.Format(time.RFC3339Nano); s != want {
			t.Errorf("ParseTime(%q) = %s, want %s", in, s, want)
		}
	}
	for _, bad := range []string{"", "date-time", "2021-06-07", "2021-13-07T08:09:10Z", "2021-06-07T08:09", "2021-06-07 08:09:10Z", "2021-06-07T08:09:10+25:00", "2021-06-07T08:09:10ZZ"} {
		if _, err := ParseTime(bad); err == nil {
			t.Errorf("ParseTime(%q): no error", bad)
		}
	}
}

func TestTimeJSON(t *testing.T) {
	if v, err := TimeJSON([]byte(`null`)); err != nil || !v.IsZero() {
		t.Errorf("TimeJSON(null) = %v, %v", v, err)
	}
	if _, err := TimeJSON([]byte(`5`)); err == nil {
		t.Error("TimeJSON(5): no error")
	}
	if v, err := TimeJSON([]byte(`"2021-06-07t08:09:10z"`)); err != nil || v.Hour() != 8 {
		t.Errorf("TimeJSON = %v, %v", v, err)
	}
}

func TestContainers(t *testing.T) {
	one := func(b []byte) (string, error) { return string(b), nil }
	if s, err := Slice([]byte(`null`), one); s != nil || err != nil {
		t.Errorf("Slice(null) = %#v, %v", s, err)
	}
	if s, err := Slice([]byte(`[]`), one); s == nil || len(s) != 0 || err != nil {
		t.Errorf("Slice([]) = %#v, %v", s, err)
	}
	if s, err := Slice([]byte(`[1, "a", null]`), one); err != nil || len(s) != 3 || s[1] != `"a"` || s[2] != "null" {
		t.Errorf("Slice = %#v, %v", s, err)
	}
	if _, err := Slice([]byte(`{}`), one); err == nil {
		t.Error("Slice({}): no error")
	}
	if m, err := Map([]byte(`{}`), one); m == nil || err != nil {
		t.Errorf("Map({}) = %#v, %v", m, err)
	}
	if m, err := Map([]byte(`{"k": true}`), one); err != nil || m["k"] != "true" {
		t.Errorf("Map = %#v, %v", m, err)
	}
	if p, err := Ptr([]byte(`null`), one); p != nil || err != nil {
		t.Errorf("Ptr(null) = %#v, %v", p, err)
	}
	if p, err := Ptr([]byte(`"x"`), one); p == nil || *p != `"x"` || err != nil {
		t.Errorf("Ptr = %#v, %v", p, err)
	}
}

func TestDiscriminator(t *testing.T) {
	for in, want := range map[string]string{`{"a.b": "x", "c": 1}`: "x", `{"c": 1}`: "", `{"a.b": null}`: "", `null`: ""} {
		got, ok, err := Discriminator([]byte(in), "a.b")
		if err != nil || got != want || ok != (want != "") {
			t.Errorf("Discriminator(%s) = %q, %v, %v", in, got, ok, err)
		}
	}
	for _, bad := range []string{`{"a.b": 1}`, `[1]`, `{`} {
		if _, _, err := Discriminator([]byte(bad), "a.b"); err == nil {
			t.Errorf("Discriminator(%s): no error", bad)
		}
	}
	if !IsNull([]byte(" null\n")) || IsNull([]byte(`{}`)) {
		t.Error("IsNull")
	}
}

func TestExactKeys(t *testing.T) {
	declared := map[string]bool{"dataFlowName": true, "id": true}
	for in, want := range map[string]string{
		`{"dataFlowName":"a","other":1}`:                 `{"dataFlowName":"a","other":1}`, // unchanged: no case variant
		`{"dataflowName":"x"}`:                           `{}`,
		`{"dataflowName":"x","dataFlowName":"y","ID":2}`: `{"dataFlowName":"y"}`,
		`{"Id":1,"id":2}`:                                `{"id":2}`,
	} {
		var all map[string]json.RawMessage
		if err := json.Unmarshal([]byte(in), &all); err != nil {
			t.Fatal(err)
		}
		got, err := ExactKeys([]byte(in), all, declared)
		if err != nil || string(got) != want {
			t.Errorf("ExactKeys(%s) = %s, %v; want %s", in, got, err, want)
		}
	}
}

func TestUnixTimeJSON(t *testing.T) {
	got, err := UnixTimeJSON([]byte(`1460505600`))
	if err != nil || !got.Equal(time.Date(2016, 4, 13, 0, 0, 0, 0, time.UTC)) || got.Location() != time.UTC {
		t.Fatalf("UnixTimeJSON = %v, %v", got, err)
	}
	if got, err := UnixTimeJSON([]byte(`null`)); err != nil || !got.IsZero() {
		t.Fatalf("UnixTimeJSON(null) = %v, %v", got, err)
	}
	for _, bad := range []string{`"1460505600"`, `1.5`, `9223372036854775808`} {
		if _, err := UnixTimeJSON([]byte(bad)); err == nil {
			t.Errorf("UnixTimeJSON(%s) accepted", bad)
		}
	}
}
