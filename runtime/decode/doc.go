// Package decode is the hand-written runtime that generated UnmarshalJSON methods call for
// values encoding/json cannot decode by itself: date-times as services really send them
// (lowercase "t" and "z", no offset) and polymorphic values, whose Go type depends on a
// discriminator property. Generated code decodes such a property into a json.RawMessage
// first, then hands the raw text to the functions here.
package decode
