package typesformats

import (
	"encoding/json"
	"testing"
	"time"
)

func TestFormatsRoundTrip(t *testing.T) {
	in := `{"boolean":false,"integer":2147483647,"integer_int32":-2147483648,"integer_int64":9007199254740993,"number_float":1.5,"object":{"a":[1,"x"]},"string_byte":"aGk=","string_date":"2024-01-31","string_date_time":"2017-01-12T00:19:47.0442834Z","string_date_time_rfc1123":"Mon, 02 Jan 2006 15:04:05 GMT","string_uuid":"00000000-0000-0000-0000-000000000001"}`
	var r Root
	if err := json.Unmarshal([]byte(in), &r); err != nil {
		t.Fatal(err)
	}
	if string(r.StringByte) != "hi" || *r.Integer != 2147483647 || *r.IntegerInt64 != 9007199254740993 || r.StringDateTime.Nanosecond() != 44283400 {
		t.Fatalf("decoded %+v", r)
	}
	if r.StringDateTime.Location() != time.UTC {
		t.Fatalf("time zone %v", r.StringDateTime.Location())
	}
	out, _ := json.Marshal(r)
	if string(out) != in {
		t.Fatalf("round trip:\n got %s\nwant %s", out, in)
	}
}
