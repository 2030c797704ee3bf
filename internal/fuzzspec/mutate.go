// Package fuzzspec is the structure-aware mutator of armgen's fuzz targets. Byte mutations of
// a spec rarely get past the JSON parser; these mutations work on the parsed document, so
// that every input the fuzzer tries is JSON, and most of them are Swagger that reaches the
// builder and the emitters: keys dropped, copied under other names and renamed, values
// retyped, $ref targets swapped, schemas nested deeper, subtrees copied elsewhere (which
// makes cycles), extension keys added.
//
// A fuzz input is a program: Apply reads it a few bytes at a time, each step choosing an
// operation, a node of the document (in depth-first order) and the operation's argument. The
// same program on the same document always gives the same result, so a crash the fuzzer
// finds replays from its input alone.
package fuzzspec

import (
	"slices"
	"strconv"

	"github.com/armgen/armgen/generator/jsonv"
)

// MaxSteps bounds the operations one program applies, and MaxNodes the size a document may
// grow to: a program cannot make a document that takes long to generate.
const (
	MaxSteps = 24
	MaxNodes = 50000
	StepSize = 5
)

// Dict is what the mutations draw names and values from.
type Dict struct {
	// Keys are object keys: those of the seed documents and Swagger's and Azure's keywords.
	Keys []string
	// Refs are $ref values: those of the seeds and pointers into the document being mutated.
	Refs []string
	// Strings are string values: type and format names, enum values, hostile text.
	Strings []string
}

// Op is one kind of mutation.
type Op byte

// The mutations, chosen by the first byte of each step modulo their number.
const (
	// OpDrop removes an object member or array element.
	OpDrop Op = iota
	// OpCopyKey copies an object member under a key of the dictionary (or, rarely, under
	// its own key, which makes a duplicate key that the parser must refuse).
	OpCopyKey
	// OpRename renames an object member to a key of the dictionary.
	OpRename
	// OpRetype replaces a value by one of another JSON kind.
	OpRetype
	// OpSwapRef points a $ref at another target: a $ref of the seeds, a definition,
	// parameter or response of the document, or a pointer that resolves to nothing.
	OpSwapRef
	// OpNest wraps a value one level deeper: in allOf, items, additionalProperties,
	// properties, or an array.
	OpNest
	// OpAddKey adds a dictionary key to an object, with a value copied from the document
	// or a scalar of the dictionary.
	OpAddKey
	// OpCopyNode replaces a value by a copy of another node of the document.
	OpCopyNode
	// OpString replaces a string by one of the dictionary.
	OpString
	numOps
)

// String names the operation.
func (o Op) String() string {
	names := [...]string{"drop", "copy-key", "rename", "retype", "swap-ref", "nest", "add-key", "copy-node", "string"}
	if int(o) < len(names) {
		return names[o]
	}
	return "op" + strconv.Itoa(int(o))
}

// node is a value of the document with where it sits: the object or array holding it and
// its index there (parent nil for the root).
type node struct {
	v      *jsonv.Value
	parent *jsonv.Value
	index  int
}

// Apply returns a mutated copy of doc: prog is consumed as steps of five bytes (operation,
// two bytes choosing the node, two choosing the argument), at most MaxSteps of them. doc is
// not changed.
func Apply(doc *jsonv.Value, prog []byte, dict Dict) *jsonv.Value {
	out := doc.Clone()
	for step := 0; step < MaxSteps && len(prog) > 0; step++ {
		var b [5]byte
		n := copy(b[:], prog)
		prog = prog[n:]
		nodes := walk(out)
		if len(nodes) > MaxNodes {
			break
		}
		target := nodes[(int(b[1])<<8|int(b[2]))%len(nodes)]
		out = apply(out, Op(b[0]%byte(numOps)), target, int(b[3])<<8|int(b[4]), nodes, dict)
	}
	return out
}

// walk lists the nodes of v in depth-first order, v first.
func walk(v *jsonv.Value) []node {
	out := []node{{v: v}}
	for i := 0; i < len(out); i++ {
		cur := out[i].v
		switch cur.Kind {
		case jsonv.Object:
			for j, m := range cur.Obj {
				out = append(out, node{v: m.Value, parent: cur, index: j})
			}
		case jsonv.Array:
			for j, e := range cur.Arr {
				out = append(out, node{v: e, parent: cur, index: j})
			}
		}
	}
	return out
}

// apply performs one operation on target and returns the (possibly new) root.
func apply(root *jsonv.Value, op Op, target node, arg int, nodes []node, dict Dict) *jsonv.Value {
	pick := func(list []string) string {
		if len(list) == 0 {
			return ""
		}
		return list[arg%len(list)]
	}
	replace := func(v *jsonv.Value) *jsonv.Value {
		if target.parent == nil {
			return v
		}
		if target.parent.Kind == jsonv.Object {
			target.parent.Obj[target.index].Value = v
		} else {
			target.parent.Arr[target.index] = v
		}
		return root
	}
	switch op {
	case OpDrop:
		switch {
		case target.parent == nil:
		case target.parent.Kind == jsonv.Object:
			target.parent.Obj = slices.Delete(target.parent.Obj, target.index, target.index+1)
		default:
			target.parent.Arr = slices.Delete(target.parent.Arr, target.index, target.index+1)
		}
	case OpCopyKey:
		if target.parent != nil && target.parent.Kind == jsonv.Object {
			m := target.parent.Obj[target.index]
			key := pick(dict.Keys)
			if arg%17 == 0 {
				key = m.Key // a duplicate key: the parser must refuse it
			}
			if key != m.Key && target.parent.Has(key) {
				break
			}
			target.parent.Obj = append(target.parent.Obj, jsonv.Member{Key: key, Value: m.Value.Clone()})
		}
	case OpRename:
		if target.parent != nil && target.parent.Kind == jsonv.Object {
			if key := pick(dict.Keys); !target.parent.Has(key) {
				target.parent.Obj[target.index].Key = key
			}
		}
	case OpRetype:
		return replace(retype(target.v, arg, dict))
	case OpSwapRef:
		refs := append(slices.Clone(dict.Refs), docPointers(root)...)
		refs = append(refs, "#", "#/definitions", "#/definitions/NoSuchDefinition", "#/paths", "./absent.json#/definitions/A", "other.json", "#definitions/A", "#/definitions/A%2FB")
		ref := refs[arg%len(refs)]
		if r := target.v.Get("$ref"); r != nil {
			*r = jsonv.Value{Kind: jsonv.String, Str: ref}
		} else if target.v.Kind == jsonv.Object {
			target.v.Obj = append(target.v.Obj, jsonv.Member{Key: "$ref", Value: &jsonv.Value{Kind: jsonv.String, Str: ref}})
		}
	case OpNest:
		return replace(nest(target.v, arg))
	case OpAddKey:
		if target.v.Kind == jsonv.Object {
			key := pick(dict.Keys)
			if target.v.Has(key) {
				break
			}
			var val *jsonv.Value
			if arg%2 == 0 {
				val = nodes[(arg*7919)%len(nodes)].v.Clone()
			} else {
				val = scalar(arg, dict)
			}
			target.v.Obj = append(target.v.Obj, jsonv.Member{Key: key, Value: val})
		}
	case OpCopyNode:
		src := nodes[(arg*104729+target.index)%len(nodes)].v
		if src != target.v {
			return replace(src.Clone())
		}
	case OpString:
		if target.v.Kind == jsonv.String {
			return replace(&jsonv.Value{Kind: jsonv.String, Str: pick(dict.Strings)})
		}
	}
	return root
}

// retype returns a value of another JSON kind than v.
func retype(v *jsonv.Value, arg int, dict Dict) *jsonv.Value {
	for i := 0; i < 6; i++ {
		c := scalar(arg+i, dict)
		switch (arg + i) % 8 {
		case 6:
			c = &jsonv.Value{Kind: jsonv.Object, Obj: []jsonv.Member{}}
		case 7:
			c = &jsonv.Value{Kind: jsonv.Array, Arr: []*jsonv.Value{v.Clone()}}
		}
		if c.Kind != v.Kind {
			return c
		}
	}
	return &jsonv.Value{Kind: jsonv.Null}
}

// scalar returns a scalar value chosen by arg: numbers at the edges of Go's types, booleans,
// null and strings of the dictionary.
func scalar(arg int, dict Dict) *jsonv.Value {
	numbers := []string{"0", "-1", "1.5", "2147483648", "-9223372036854775809", "1e309", "18446744073709551616", "0.1e-400"}
	switch arg % 6 {
	case 0, 1:
		return &jsonv.Value{Kind: jsonv.Number, Num: numbers[arg%len(numbers)]}
	case 2:
		return &jsonv.Value{Kind: jsonv.Bool, Bool: arg%4 == 2}
	case 3:
		return &jsonv.Value{Kind: jsonv.Null}
	}
	s := ""
	if len(dict.Strings) > 0 {
		s = dict.Strings[arg%len(dict.Strings)]
	}
	return &jsonv.Value{Kind: jsonv.String, Str: s}
}

// nest wraps v one level deeper, in one of the places where Swagger nests schemas.
func nest(v *jsonv.Value, arg int) *jsonv.Value {
	obj := func(key string, val *jsonv.Value) *jsonv.Value {
		return &jsonv.Value{Kind: jsonv.Object, Obj: []jsonv.Member{{Key: key, Value: val}}}
	}
	switch arg % 5 {
	case 0:
		return obj("allOf", &jsonv.Value{Kind: jsonv.Array, Arr: []*jsonv.Value{v}})
	case 1:
		w := obj("type", &jsonv.Value{Kind: jsonv.String, Str: "array"})
		w.Obj = append(w.Obj, jsonv.Member{Key: "items", Value: v})
		return w
	case 2:
		return obj("additionalProperties", v)
	case 3:
		return obj("properties", obj("nested", v))
	}
	return &jsonv.Value{Kind: jsonv.Array, Arr: []*jsonv.Value{v}}
}

// docPointers returns $ref values naming the definitions, parameters and responses of doc.
func docPointers(doc *jsonv.Value) []string {
	var out []string
	for _, section := range []string{"definitions", "parameters", "responses"} {
		for _, m := range members(doc.Get(section)) {
			out = append(out, "#/"+section+"/"+jsonv.EscapeToken(m.Key))
		}
	}
	return out
}

// members returns an object's members, or nil for anything else.
func members(v *jsonv.Value) []jsonv.Member {
	if v == nil || v.Kind != jsonv.Object {
		return nil
	}
	return v.Obj
}
