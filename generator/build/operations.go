package build

import (
	"sort"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/ir"
	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
	"github.com/go-openapi/spec"
)

var httpMethods = []string{"get", "put", "post", "patch", "delete", "head", "options"}

// operations builds every operation of the input files' paths into operation groups.
// Operations of one group may come from several files; groups whose names differ only in
// case (P2SVpnGateways_Reset beside P2sVpnGateways_Get) are one group (groupSpelling names it).
func (b *builder) operations() {
	b.parameterizedHost()
	groups := map[string]*ir.OperationGroup{}
	ids := map[string]ir.Source{}
	byID := map[string]*ir.Operation{}
	for _, f := range b.doc.Specs {
		b.fileOperations(f, groups, ids, byID)
	}
	for _, g := range b.pkg.Groups {
		g.Name = groupSpelling(g.Operations)
		for _, op := range g.Operations {
			op.Group = g.Name
		}
	}
	b.nextOperations(byID)
	sort.Slice(b.pkg.Groups, func(i, j int) bool { return b.pkg.Groups[i].Name < b.pkg.Groups[j].Name })
	for _, g := range b.pkg.Groups {
		sort.Slice(g.Operations, func(i, j int) bool { return g.Operations[i].Name < g.Operations[j].Name })
		namer := naming.NewNamer()
		for _, op := range g.Operations {
			op.Name = namer.Unique(op.Name)
		}
	}
	b.nameClients()
	b.paramGroups()
}

// fileOperations builds the operations of one input file.
func (b *builder) fileOperations(f *load.File, groups map[string]*ir.OperationGroup, ids map[string]ir.Source, byID map[string]*ir.Operation) {
	for _, section := range []string{"paths", "x-ms-paths"} {
		paths := f.Tree.Get(section)
		if paths == nil {
			continue
		}
		if paths.Kind != jsonv.Object {
			b.errorf(f.Path, "/"+section, "%s is a JSON %s, want an object", section, paths.Kind)
			continue
		}
		for _, pm := range paths.Obj {
			pptr := "/" + section + "/" + jsonv.EscapeToken(pm.Key)
			if pm.Value.Kind != jsonv.Object {
				b.errorf(f.Path, pptr, "path item is a JSON %s, want an object", pm.Value.Kind)
				continue
			}
			path, query, ok := b.pathKey(f, pptr, pm.Key)
			if !ok {
				continue
			}
			for _, method := range httpMethods {
				opNode := pm.Value.Get(method)
				if opNode == nil {
					continue
				}
				optr := pptr + "/" + method
				if opNode.Kind != jsonv.Object {
					b.errorf(f.Path, optr, "operation is a JSON %s, want an object", opNode.Kind)
					continue
				}
				op := b.operation(f, path, pptr, method, opNode)
				if op == nil {
					continue
				}
				op.FixedQuery = query
				if prev, dup := ids[op.ID]; dup {
					where := prev.Pointer
					if prev.File != f.Path {
						where = prev.String()
					}
					b.errorf(f.Path, optr+"/operationId", "operationId %q is already used by %s", op.ID, where)
					continue
				}
				ids[op.ID] = op.Source
				byID[op.ID] = op
				// Operation groups whose names differ only in case (P2SVpnGateways_Reset
				// beside P2sVpnGateways_Get in Network's virtualWan.json) are one group, as
				// in AutoRest: their client files would collide on a case-insensitive name.
				key := strings.ToLower(op.Group)
				g := groups[key]
				if g == nil {
					g = &ir.OperationGroup{Name: op.Group}
					groups[key] = g
					b.pkg.Groups = append(b.pkg.Groups, g)
				}
				g.Operations = append(g.Operations, op)
			}
		}
	}
}

// groupSpelling picks the name of an operation group whose operations spell it in more
// than one case: the spelling most of them use, the first in byte order on a tie.
func groupSpelling(ops []*ir.Operation) string {
	count := map[string]int{}
	for _, op := range ops {
		count[op.Group]++
	}
	best := ""
	for name, n := range count {
		if best == "" || n > count[best] || (n == count[best] && name < best) {
			best = name
		}
	}
	return best
}

// operation builds one operation.
func (b *builder) operation(f *load.File, path, pptr, method string, node *jsonv.Value) *ir.Operation {
	optr := pptr + "/" + method
	idNode := node.Get("operationId")
	if idNode == nil || idNode.Kind != jsonv.String || idNode.Str == "" {
		b.errorf(f.Path, optr, "operation has no operationId: armgen names methods after it")
		return nil
	}
	op := &ir.Operation{
		ID:     idNode.Str,
		Method: strings.ToUpper(method),
		Path:   path,
		Doc:    node.Get("description").StrOr(node.Get("summary").StrOr("")),
		Source: ir.Source{File: f.Path, Pointer: optr},
	}
	group, name, ok := strings.Cut(op.ID, "_")
	if !ok {
		group, name = "", op.ID
	}
	op.Group = naming.GoPascal(group)
	if group == "" {
		op.Group = "Client"
	}
	op.Name = naming.Pascal(name)
	op.Consumes, op.Produces = b.mediaTypes(f, node, "consumes"), b.mediaTypes(f, node, "produces")
	b.parameters(f, pptr, optr, op)
	b.addHostParams(op)

	if lro := node.Get("x-ms-long-running-operation"); lro != nil && lro.Kind == jsonv.Bool && lro.Bool {
		op.LongRunning = &ir.LongRunning{}
		if o := node.Get("x-ms-long-running-operation-options"); o != nil {
			op.LongRunning.FinalStateVia = o.Get("final-state-via").StrOr("")
		}
	}
	if pg := node.Get("x-ms-pageable"); pg != nil && pg.Kind == jsonv.Object {
		op.Pageable = &ir.Pageable{ItemName: "value"}
		if nl := pg.Get("nextLinkName"); nl != nil && nl.Kind == jsonv.String {
			op.Pageable.NextLinkName = nl.Str
		}
		if it := pg.Get("itemName"); it != nil && it.Kind == jsonv.String {
			op.Pageable.ItemName = it.Str
		}
		op.Pageable.OperationName = pg.Get("operationName").StrOr("")
	}
	b.responses(f, optr, node, op)
	b.finalStateSchema(f, optr, node, op)
	b.operationXML(f, optr, node, op)
	b.examples(f, optr, node, op)
	return op
}

// parameters merges path-level and operation-level parameters (the operation's win).
func (b *builder) parameters(f *load.File, pptr, optr string, op *ir.Operation) {
	type entry struct {
		file *load.File
		ptr  string
	}
	var order []string
	byKey := map[string]entry{}
	collect := func(listPtr string) {
		list := f.Tree.Pointer(listPtr)
		if list == nil {
			return
		}
		if list.Kind != jsonv.Array {
			b.errorf(f.Path, listPtr, "parameters is a JSON %s, want an array", list.Kind)
			return
		}
		for i, pn := range list.Arr {
			ptr := listPtr + "/" + strconv.Itoa(i)
			pf, pp := f, ptr
			if r := pn.Get("$ref"); r != nil {
				tf, tptr, _, err := b.doc.Resolve(f, r.Str)
				if err != nil {
					b.errorf(f.Path, ptr+"/$ref", "$ref %q: %v", r.Str, err)
					continue
				}
				pf, pp = tf, tptr
			}
			node := pf.Tree.Pointer(pp)
			key := node.Get("in").StrOr("") + ":" + node.Get("name").StrOr("")
			if _, seen := byKey[key]; !seen {
				order = append(order, key)
			}
			byKey[key] = entry{pf, pp}
		}
	}
	collect(pptr + "/parameters")
	collect(optr + "/parameters")
	for _, key := range order {
		e := byKey[key]
		p := b.parameter(e.file, e.ptr, op)
		if p == nil {
			continue
		}
		if p.In == ir.InBody {
			op.Body = p
		} else {
			op.Params = append(op.Params, p)
		}
	}
}

// parameter builds one parameter from its (resolved) definition.
func (b *builder) parameter(f *load.File, ptr string, op *ir.Operation) *ir.Parameter {
	sp, err := b.doc.Parameter(f, ptr)
	if err != nil {
		b.addErr(err)
		return nil
	}
	p := &ir.Parameter{
		Name:            sp.Name,
		GoName:          naming.Camel(sp.Name),
		In:              ir.Location(sp.In),
		Doc:             sp.Description,
		Required:        sp.Required || sp.In == "path",
		Source:          ir.Source{File: f.Path, Pointer: ptr},
		SkipURLEncoding: boolExt(f, ptr, "x-ms-skip-url-encoding"),
	}
	if cn, ok := sp.Extensions.GetString("x-ms-client-name"); ok && cn != "" {
		p.GoName = naming.Camel(cn)
	}
	switch p.In {
	case ir.InBody:
		if sp.Schema == nil {
			b.errorf(f.Path, ptr, "body parameter %q has no schema", sp.Name)
			return nil
		}
		p.Type = b.typeOf(f, ptr+"/schema", op.Group+op.Name+"Body")
		p.BodyFormat = requestBodyFormat(f.Tree.Pointer(ptr+"/schema"), op.Consumes)
	case ir.InPath, ir.InQuery, ir.InHeader:
		if sp.Type == "array" {
			// Arrays of scalars (strings, numbers, booleans) are joined by their
			// collectionFormat's separator, or repeated as keys for "multi"; arrays of such
			// arrays join each item by the items' collectionFormat first (nestedItems). Arrays
			// of objects have no string form and are refused rather than sent wrong.
			it := ""
			if sp.Items != nil {
				it = sp.Items.Type
			}
			var inner *ir.Type
			switch it {
			case "string", "integer", "number", "boolean":
			case "array":
				var ok bool
				if inner, ok = b.nestedItems(f, ptr, sp, p); !ok {
					return nil
				}
			default:
				b.errorf(f.Path, ptr+"/items", "array parameters of %q items are not supported: only arrays of strings, numbers and booleans (or of arrays of them) have a string form", it)
				return nil
			}
			switch cf := sp.CollectionFormat; cf {
			case "", "csv", "ssv", "tsv", "pipes":
				p.CollectionFormat = cf
			case "multi":
				// Repeated keys exist only in a query string (and in form data).
				if sp.In != "query" {
					b.errorf(f.Path, ptr+"/collectionFormat", "collectionFormat \"multi\" is only valid for query parameters, not %s parameters", sp.In)
					return nil
				}
				p.CollectionFormat = cf
			default:
				b.errorf(f.Path, ptr+"/collectionFormat", "collectionFormat %q is not supported: want csv, ssv, tsv, pipes or multi (query only)", cf)
				return nil
			}
			if inner != nil {
				p.Type = &ir.Type{Kind: ir.KindArray, Elem: inner}
			} else {
				p.Type = &ir.Type{Kind: ir.KindArray, Elem: &ir.Type{Kind: ir.KindPrimitive, Primitive: b.primitive(f, ptr+"/items", it, sp.Items.Format), Format: sp.Items.Format}}
			}
		} else {
			prim := b.primitive(f, ptr, sp.Type, sp.Format)
			p.Type = &ir.Type{Kind: ir.KindPrimitive, Primitive: prim, Format: sp.Format}
		}
		p.Constraints = ir.Constraints{Minimum: sp.Minimum, Maximum: sp.Maximum, MinLength: sp.MinLength,
			MaxLength: sp.MaxLength, Pattern: sp.Pattern, ExclusiveMinimum: sp.ExclusiveMinimum, ExclusiveMaximum: sp.ExclusiveMaximum}
	case ir.InFormData:
		if !b.formDataParam(f, ptr, sp, p) {
			return nil
		}
	default:
		b.errorf(f.Path, ptr+"/in", "unknown parameter location %q: want path, query, header, body or formData", sp.In)
		return nil
	}
	loc, _ := sp.Extensions.GetString("x-ms-parameter-location")
	switch {
	case sp.Name == "api-version" && p.In == ir.InQuery && isOwnAPIVersion(f, ptr, loc):
		// The operation's own api-version: a single allowed value is sent as it is;
		// otherwise it is an ordinary parameter.
		if v, ok := singleEnum(f, ptr); ok {
			p.Client = true
			p.Constant = v
		}
	case sp.Name == "api-version" && p.In == ir.InQuery:
		p.Client = true
		p.Constant = b.apiVersion(op)
	case sp.Name == "subscriptionId" && p.In == ir.InPath:
		p.Client = true
	case loc == "client":
		p.Client = true
	}
	if c, ok := constantValue(sp, p); ok && p.Constant == "" {
		p.Constant, p.Client = c, true
	}
	if p.Constant == "" && !p.Client {
		b.enumParam(f, ptr, sp, p)
	}
	b.readGrouping(f, ptr, p)
	return p
}

func boolExt(f *load.File, ptr, key string) bool {
	v := f.Tree.Pointer(ptr + "/" + key)
	return v != nil && v.Kind == jsonv.Bool && v.Bool
}

// responses builds the declared responses, numeric codes ascending and "default" last.
func (b *builder) responses(f *load.File, optr string, node *jsonv.Value, op *ir.Operation) {
	rs := node.Get("responses")
	if rs == nil || rs.Kind != jsonv.Object || len(rs.Obj) == 0 {
		b.errorf(f.Path, optr, "operation declares no responses")
		return
	}
	for _, m := range rs.Obj {
		rptr := optr + "/responses/" + jsonv.EscapeToken(m.Key)
		rf, rp := f, rptr
		if r := m.Value.Get("$ref"); r != nil {
			tf, tptr, _, err := b.doc.Resolve(f, r.Str)
			if err != nil {
				b.errorf(f.Path, rptr+"/$ref", "$ref %q: %v", r.Str, err)
				continue
			}
			rf, rp = tf, tptr
		}
		sr, err := b.doc.Response(rf, rp)
		if err != nil {
			b.addErr(err)
			continue
		}
		resp := &ir.Response{Status: m.Key, Doc: sr.Description}
		if m.Key != "default" {
			if n, err := strconv.Atoi(m.Key); err != nil || n < 100 || n > 599 {
				b.errorf(f.Path, rptr, "response key %q is not a status code or \"default\"", m.Key)
				continue
			}
		}
		if sr.Schema != nil {
			resp.Type = b.typeOf(rf, rp+"/schema", op.Group+op.Name+"Response")
			resp.BodyFormat = responseBodyFormat(rf.Tree.Pointer(rp+"/schema"), op.Produces)
		}
		for h := range sr.Headers {
			resp.Headers = append(resp.Headers, h)
		}
		sort.Strings(resp.Headers)
		for _, h := range resp.Headers {
			if rh := b.responseHeader(rf, rp+"/headers/"+jsonv.EscapeToken(h), h, op); rh != nil {
				resp.HeaderTypes = append(resp.HeaderTypes, rh)
			}
		}
		op.Responses = append(op.Responses, resp)
	}
	sort.SliceStable(op.Responses, func(i, j int) bool {
		a, c := op.Responses[i].Status, op.Responses[j].Status
		if (a == "default") != (c == "default") {
			return c == "default"
		}
		return a < c
	})
}

// examples attaches the operation's x-ms-examples, in the spec's order.
func (b *builder) examples(f *load.File, optr string, node *jsonv.Value, op *ir.Operation) {
	ex := node.Get("x-ms-examples")
	if ex == nil {
		return
	}
	for _, m := range ex.Obj {
		r := m.Value.Get("$ref")
		if r == nil {
			continue
		}
		ef := b.doc.Example(f, r.Str)
		if ef == nil {
			continue // missing: the loader recorded a warning
		}
		e := &ir.Example{Name: m.Key, File: ef.Path, Parameters: ef.Tree.Get("parameters"), Responses: ef.Tree.Get("responses")}
		if e.Parameters == nil || e.Responses == nil || e.Parameters.Kind != jsonv.Object || e.Responses.Kind != jsonv.Object {
			b.warnf(load.WarnBrokenExample, ef.Path, "", "example %q of %s is skipped: an example file needs \"parameters\" and \"responses\" objects", m.Key, op.ID)
			continue
		}
		op.Examples = append(op.Examples, e)
	}
}

// enumParam gives a path, query or header parameter whose values x-ms-enum names (such as
// syncRemoteAddressSpace: SyncRemoteAddressSpace) that enum as its type, or its arrays'
// items, as the Azure SDK's clients take them. A parameter with a bare enum and no x-ms-enum
// name stays a string (its values are still validated).
func (b *builder) enumParam(f *load.File, ptr string, sp *spec.Parameter, p *ir.Parameter) {
	if p.In != ir.InPath && p.In != ir.InQuery && p.In != ir.InHeader {
		return
	}
	named := func(node string) bool {
		n := f.Tree.Pointer(node + "/x-ms-enum/name")
		return n != nil && n.Str != "" && f.Tree.Pointer(node+"/enum") != nil
	}
	switch {
	case p.Type.Kind == ir.KindPrimitive && len(sp.Enum) > 0 && named(ptr):
		s := &spec.Schema{SchemaProps: spec.SchemaProps{Type: spec.StringOrArray{sp.Type}, Format: sp.Format, Description: sp.Description}}
		if e := b.enum(f, ptr, s, naming.Pascal(sp.Name), false); e.Base == p.Type.Primitive {
			p.Type = &ir.Type{Kind: ir.KindEnum, Enum: e}
		}
	case p.Type.Kind == ir.KindArray && p.Type.Elem.Kind == ir.KindPrimitive && sp.Items != nil && len(sp.Items.Enum) > 0 && named(ptr+"/items"):
		s := &spec.Schema{SchemaProps: spec.SchemaProps{Type: spec.StringOrArray{sp.Items.Type}, Format: sp.Items.Format}}
		if e := b.enum(f, ptr+"/items", s, naming.Pascal(sp.Name), false); e.Base == p.Type.Elem.Primitive {
			p.Type = &ir.Type{Kind: ir.KindArray, Elem: &ir.Type{Kind: ir.KindEnum, Enum: e}}
		}
	}
}
