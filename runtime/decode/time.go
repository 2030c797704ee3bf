package decode

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"
)

// ParseTime parses a date-time value leniently: RFC 3339 (what every encoder here writes),
// and also a lowercase "t" separator or "z" zone, and a value without an offset, which is
// taken as UTC. Fractional seconds of any length are accepted.
func ParseTime(s string) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	b := []byte(s)
	if len(b) > 10 && b[10] == 't' {
		b[10] = 'T'
	}
	if n := len(b); n > 0 && b[n-1] == 'z' {
		b[n-1] = 'Z'
	}
	if t, err := time.Parse(time.RFC3339Nano, string(b)); err == nil {
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02T15:04:05.999999999", string(b), time.UTC); err == nil {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("date-time %q is neither RFC 3339 nor an RFC 3339 date-time without offset", s)
}

// errNotString is returned for a date-time that is not a JSON string.
var errNotString = errors.New("date-time is not a JSON string")

// TimeJSON decodes a JSON string holding a date-time with ParseTime. JSON null gives the
// zero time.
func TimeJSON(data []byte) (time.Time, error) {
	if string(data) == "null" {
		return time.Time{}, nil
	}
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return time.Time{}, errNotString
	}
	return ParseTime(s)
}

// UnixTimeJSON decodes a JSON integer of seconds since the Unix epoch (format unixtime) as
// a time in UTC. JSON null gives the zero time.
func UnixTimeJSON(data []byte) (time.Time, error) {
	if string(data) == "null" {
		return time.Time{}, nil
	}
	var n int64
	if err := json.Unmarshal(data, &n); err != nil {
		return time.Time{}, fmt.Errorf("unixtime is not an integer of seconds: %w", err)
	}
	return time.Unix(n, 0).UTC(), nil
}
