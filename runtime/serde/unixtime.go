package serde

import (
	"encoding/json"
	"slices"
	"strconv"
	"time"
)

// UnixTime reads an integer of seconds since the Unix epoch (Swagger's format unixtime) as
// a time in UTC. The integer must fit an int64, as encoding/json requires of an int64.
func (r *Reader) UnixTime() time.Time {
	n := r.integer(64)
	if r.err != nil {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}

// UnixTime reads a unixtime (Reader.UnixTime).
func UnixTime(r *Reader) time.Time { return r.UnixTime() }

// UnixTimePtr reads a unixtime (Reader.UnixTime) into a new variable; null gives nil.
func UnixTimePtr(r *Reader) *time.Time { return Ptr(r, UnixTime) }

// UnixSeconds is a time whose JSON is an integer of seconds since the Unix epoch, as the
// format unixtime has it; what a second holds beyond its start is dropped when encoding.
// The generated clients convert a body of that format to it and back.
type UnixSeconds time.Time

// MarshalJSON writes the time as seconds since the epoch.
func (t UnixSeconds) MarshalJSON() ([]byte, error) {
	return strconv.AppendInt(nil, time.Time(t).Unix(), 10), nil
}

// UnmarshalJSON reads seconds since the epoch as a time in UTC; null leaves t as it is.
func (t *UnixSeconds) UnmarshalJSON(data []byte) error {
	r := NewReader(data)
	if r.Null() {
		return r.End()
	}
	v := r.UnixTime()
	if err := r.End(); err != nil {
		return err
	}
	*t = UnixSeconds(v)
	return nil
}

// AppendNull appends the object member `,"key":null` to members (see Members).
func AppendNull(members []byte, key string) []byte {
	return append(appendKey(members, key), "null"...)
}

// AppendUnixTime appends the object member `,"key":seconds` to members (see Members):
// t as seconds since the Unix epoch.
func AppendUnixTime(members []byte, key string, t time.Time) []byte {
	return strconv.AppendInt(appendKey(members, key), t.Unix(), 10)
}

// AppendUnixTimes appends an array of unixtimes as the member key of members (see
// Members); a nil item is null.
func AppendUnixTimes(members []byte, key string, ts []*time.Time) []byte {
	b := append(appendKey(members, key), '[')
	for i, t := range ts {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendUnixOrNull(b, t)
	}
	return append(b, ']')
}

// AppendUnixTimeMap appends an object of unixtimes, keys sorted as encoding/json sorts
// them, as the member key of members (see Members); a nil value is null.
func AppendUnixTimeMap(members []byte, key string, ts map[string]*time.Time) []byte {
	keys := make([]string, 0, len(ts))
	for k := range ts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := appendKey(members, key)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, k)
		b = append(b, ':')
		b = appendUnixOrNull(b, ts[k])
	}
	return append(b, '}')
}

func appendUnixOrNull(b []byte, t *time.Time) []byte {
	if t == nil {
		return append(b, "null"...)
	}
	return strconv.AppendInt(b, t.Unix(), 10)
}

// Members returns the JSON object obj (as encoding/json writes a struct) with members
// added at its end: members is a run of `,"key":value` as the Append functions write it.
// It reuses obj's bytes.
func Members(obj, members []byte) []byte {
	if len(members) == 0 || len(obj) < 2 || obj[len(obj)-1] != '}' {
		return obj
	}
	if len(obj) == 2 {
		return append(append(obj[:1], members[1:]...), '}')
	}
	return append(append(obj[:len(obj)-1], members...), '}')
}

// appendKey appends `,"key":`, the key escaped as encoding/json escapes it.
func appendKey(b []byte, key string) []byte {
	b = append(b, ',')
	b = appendString(b, key)
	return append(b, ':')
}

// appendString appends s as a JSON string, as encoding/json writes it: plain bytes as they
// are, anything else through encoding/json.
func appendString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
