package serde

import (
	"encoding/json"
	"testing"
	"time"
)

// unixSame reads data as a unixtime and fails the test unless it is what encoding/json
// reads into an int64, as a time in UTC, or both refuse it; an accepted time encodes back
// to the number it came from.
func unixSame(t *testing.T, data []byte) {
	t.Helper()
	r := NewReader(data)
	got := r.UnixTime()
	err := r.End()
	var n int64
	jerr := json.Unmarshal(data, &n)
	if (err == nil) != (jerr == nil) {
		t.Fatalf("%q: serde error %v, encoding/json error %v", data, err, jerr)
	}
	if err != nil {
		return
	}
	if want := time.Unix(n, 0).UTC(); !got.Equal(want) || got.Location() != time.UTC {
		t.Fatalf("%q: serde %v, encoding/json %v", data, got, want)
	}
	if b, _ := UnixSeconds(got).MarshalJSON(); string(b) != string(mustJSON(t, n)) {
		t.Fatalf("%q: encodes back as %s, want %d", data, b, n)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestUnixTime(t *testing.T) {
	for _, s := range []string{`0`, `1460505600`, `-1`, `9223372036854775807`, `-9223372036854775808`,
		`9223372036854775808`, `1.5`, `1e3`, `"1460505600"`, `true`, `{}`} {
		unixSame(t, []byte(s))
	}
	r := NewReader([]byte(`[1460505600,null]`))
	got := Slice(r, UnixTimePtr)
	if err := r.End(); err != nil || len(got) != 2 || got[1] != nil || got[0].Unix() != 1460505600 {
		t.Fatalf("Slice(UnixTimePtr) = %v, %v", got, r.Err())
	}
}

func TestUnixSeconds(t *testing.T) {
	var v struct {
		T *UnixSeconds `json:"t"`
		U UnixSeconds  `json:"u"`
	}
	if err := json.Unmarshal([]byte(`{"t":1460505600,"u":null}`), &v); err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2016, 4, 13, 0, 0, 0, 0, time.UTC); !time.Time(*v.T).Equal(want) || !time.Time(v.U).IsZero() {
		t.Fatalf("decoded %v, %v; want %v and the zero time", time.Time(*v.T), time.Time(v.U), want)
	}
	b, err := json.Marshal(v.T)
	if err != nil || string(b) != `1460505600` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	if err := json.Unmarshal([]byte(`{"t":"2016-04-13T00:00:00Z"}`), &v); err == nil {
		t.Fatal("a date-time string decoded as a unixtime")
	}
}

// TestMembers: the members the Append functions write, spliced into encoding/json's
// encoding of a struct, give the object encoding/json gives for the same members.
func TestMembers(t *testing.T) {
	at := time.Unix(1460505600, 0)
	var more []byte
	more = AppendNull(more, "n")
	more = AppendNull(more, "a<b>&\"c\"\u00e9")
	more = AppendUnixTime(more, "t", at)
	more = AppendUnixTimes(more, "ts", []*time.Time{&at, nil})
	more = AppendUnixTimeMap(more, "m", map[string]*time.Time{"z": nil, "a": &at, "<": &at})
	more = AppendUnixTimes(more, "empty", nil)
	want := `{"x":1,"n":null,"a\u003cb\u003e\u0026\"c\"é":null,"t":1460505600,"ts":[1460505600,null],"m":{"\u003c":1460505600,"a":1460505600,"z":null},"empty":[]}`
	if got := string(Members([]byte(`{"x":1}`), more)); got != want {
		t.Fatalf("Members =\n%s\nwant\n%s", got, want)
	}
	if !json.Valid([]byte(want)) {
		t.Fatal("want is not JSON")
	}
	if got := string(Members([]byte(`{}`), AppendNull(nil, "n"))); got != `{"n":null}` {
		t.Fatalf("Members of {} = %s", got)
	}
	if got := string(Members([]byte(`{"x":1}`), nil)); got != `{"x":1}` {
		t.Fatalf("Members without members = %s", got)
	}
	// The key of a map is escaped as encoding/json escapes it.
	k := "a<b>&\"c\"\u00e9"
	if got, want := string(appendString(nil, k)), string(mustJSON(t, k)); got != want {
		t.Fatalf("appendString = %s, want %s", got, want)
	}
}
