package diff

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/armgen/armgen/generator/ir"
)

// operations indexes every operation of a package by operationId.
func operations(p *ir.Package) map[string]*ir.Operation {
	out := map[string]*ir.Operation{}
	for _, g := range p.Groups {
		for _, op := range g.Operations {
			out[op.ID] = op
		}
	}
	return out
}

// pairOperations matches operations by operationId, then the rest by method and path (an
// operationId that changed). It reports added, removed and renamed operations and returns
// the pairs, sorted by the new operationId.
func (d *differ) pairOperations() [][2]*ir.Operation {
	oa, ob := operations(d.old), operations(d.new)
	var pairs [][2]*ir.Operation
	var onlyA, onlyB []string
	for _, id := range unionKeys(oa, ob) {
		switch a, b := oa[id], ob[id]; {
		case a != nil && b != nil:
			pairs = append(pairs, [2]*ir.Operation{a, b})
		case a != nil:
			onlyA = append(onlyA, id)
		default:
			onlyB = append(onlyB, id)
		}
	}
	byRoute := map[string]string{}
	for _, id := range onlyB {
		byRoute[ob[id].Method+" "+ob[id].Path] = id
	}
	renamed := map[string]bool{}
	for _, id := range onlyA {
		a := oa[id]
		route := a.Method + " " + a.Path
		nid, ok := byRoute[route]
		if !ok {
			d.add(Change{Rule: RemovedOperation, Breaking: true, Target: TargetOperation, Name: id, Old: route,
				Message: "operation " + id + " (" + route + ") was removed"})
			continue
		}
		delete(byRoute, route)
		renamed[nid] = true
		d.add(Change{Rule: ChangedOperationID, Breaking: true, Target: TargetOperation, Name: nid, Old: id, New: nid,
			Message: fmt.Sprintf("operationId of %s changed from %s to %s", route, id, nid)})
		pairs = append(pairs, [2]*ir.Operation{a, ob[nid]})
	}
	for _, id := range onlyB {
		if renamed[id] {
			continue
		}
		route := ob[id].Method + " " + ob[id].Path
		d.add(Change{Rule: AddedOperation, Target: TargetOperation, Name: id, New: route,
			Message: "operation " + id + " (" + route + ") was added"})
	}
	sort.Slice(pairs, func(i, j int) bool { return pairs[i][1].ID < pairs[j][1].ID })
	return pairs
}

// compareOperation reports the differences of two operations and pairs their bodies'
// and responses' models.
func (d *differ) compareOperation(a, b *ir.Operation) {
	base := Change{Target: TargetOperation, Name: b.ID}
	add := func(c Change) { d.add(c) }
	if a.Path != b.Path {
		c := base
		c.Rule, c.Item, c.Old, c.New, c.Breaking = ChangedPath, "path", a.Path, b.Path, true
		c.Message = "path changed from " + a.Path + " to " + b.Path
		add(c)
	}
	if a.Method != b.Method {
		c := base
		c.Rule, c.Item, c.Old, c.New, c.Breaking = ChangedMethod, "method", a.Method, b.Method, true
		c.Message = "method changed from " + a.Method + " to " + b.Method
		add(c)
	}
	d.compareParams(base, a, b)
	d.compareBody(base, a, b)
	d.compareResponses(base, a, b)
	if (a.LongRunning == nil) != (b.LongRunning == nil) {
		c := base
		c.Rule, c.Item, c.Breaking = ChangedLongRunning, "x-ms-long-running-operation", true
		c.Old, c.New = strconv.FormatBool(a.LongRunning != nil), strconv.FormatBool(b.LongRunning != nil)
		c.Message = "x-ms-long-running-operation changed from " + c.Old + " to " + c.New
		add(c)
	} else if a.LongRunning != nil && a.LongRunning.FinalStateVia != b.LongRunning.FinalStateVia {
		c := base
		c.Rule, c.Item, c.Breaking = ChangedFinalStateVia, "final-state-via", true
		c.Old, c.New = orNone(a.LongRunning.FinalStateVia), orNone(b.LongRunning.FinalStateVia)
		c.Message = "final-state-via changed from " + c.Old + " to " + c.New
		add(c)
	}
	switch pa, pb := a.Pageable, b.Pageable; {
	case (pa == nil) != (pb == nil):
		c := base
		c.Rule, c.Item, c.Breaking = ChangedPageable, "x-ms-pageable", true
		c.Old, c.New = strconv.FormatBool(pa != nil), strconv.FormatBool(pb != nil)
		c.Message = "x-ms-pageable changed from " + c.Old + " to " + c.New
		add(c)
	case pa != nil:
		for _, f := range [][3]string{
			{"nextLinkName", pa.NextLinkName, pb.NextLinkName},
			{"itemName", pa.ItemName, pb.ItemName},
		} {
			if f[1] != f[2] {
				c := base
				c.Rule, c.Item, c.Old, c.New, c.Breaking = ChangedPageable, "x-ms-pageable/"+f[0], orNone(f[1]), orNone(f[2]), true
				c.Message = fmt.Sprintf("x-ms-pageable %s changed from %s to %s", f[0], c.Old, c.New)
				add(c)
			}
		}
	}
}

// compareParams compares the non-body parameters, keyed by location and name.
func (d *differ) compareParams(base Change, a, b *ir.Operation) {
	key := func(p *ir.Parameter) string { return string(p.In) + ":" + p.Name }
	pa, pb := map[string]*ir.Parameter{}, map[string]*ir.Parameter{}
	for _, p := range a.Params {
		pa[key(p)] = p
	}
	for _, p := range b.Params {
		pb[key(p)] = p
	}
	moved := map[string]bool{}
	for _, k := range unionKeys(pa, pb) {
		x, y := pa[k], pb[k]
		c := base
		c.Item = k
		switch {
		case x == nil:
			if old := movedFrom(y, a.Params, pb); old != nil {
				moved[key(old)] = true
				c.Item, c.Rule, c.Breaking = y.Name, ChangedParameterIn, true
				c.Old, c.New = string(old.In), string(y.In)
				c.Message = fmt.Sprintf("parameter %s moved from %s to %s", y.Name, old.In, y.In)
				d.add(c)
				continue
			}
			c.Rule, c.New, c.Breaking = AddedParameter, describeParam(y), y.Required
			c.Message = fmt.Sprintf("%s parameter %s was added (%s)", y.In, y.Name, c.New)
			d.add(c)
			continue
		case y == nil:
			continue // reported below, unless it moved
		}
		if x.Required != y.Required {
			c.Rule, c.Old, c.New, c.Breaking = ChangedParameterRequired, requiredWord(x.Required), requiredWord(y.Required), y.Required
			c.Message = fmt.Sprintf("%s parameter %s changed from %s to %s", y.In, y.Name, c.Old, c.New)
			d.add(c)
		}
		for _, td := range typeDiffs(x.Type, y.Type, "") {
			c := base
			c.Item, c.Rule, c.Old, c.New = k+td.suffix, ChangedParameterType, td.old, td.new
			c.Breaking = td.kind != diffFormat || td.widens != 1
			c.Message = fmt.Sprintf("%s parameter %s changed type from %s to %s", y.In, y.Name, td.old, td.new)
			d.add(c)
		}
		for _, cd := range constraintDiffs(x.Constraints, y.Constraints) {
			c := base
			c.Item, c.Rule = k, ChangedParameterConstraint
			c.Old, c.New = cd.key+": "+cd.old, cd.key+": "+cd.new
			c.Breaking = cd.dir != weaker
			c.Message = fmt.Sprintf("%s parameter %s: %s changed from %s to %s", y.In, y.Name, cd.key, cd.old, cd.new)
			d.add(c)
		}
	}
	for _, k := range unionKeys(pa, pb) {
		if x := pa[k]; x != nil && pb[k] == nil && !moved[k] {
			c := base
			c.Item, c.Rule, c.Old, c.Breaking = k, RemovedParameter, describeParam(x), true
			c.Message = fmt.Sprintf("%s parameter %s was removed", x.In, x.Name)
			d.add(c)
		}
	}
}

// movedFrom finds the old parameter of the same name in another location, if the new
// spec has no parameter of that name in the old location.
func movedFrom(y *ir.Parameter, old []*ir.Parameter, newByKey map[string]*ir.Parameter) *ir.Parameter {
	for _, x := range old {
		if x.Name == y.Name && x.In != y.In && newByKey[string(x.In)+":"+x.Name] == nil {
			return x
		}
	}
	return nil
}

func describeParam(p *ir.Parameter) string {
	return requiredWord(p.Required) + " " + wireType(p.Type)
}

// compareBody compares the request bodies and pairs their models.
func (d *differ) compareBody(base Change, a, b *ir.Operation) {
	x, y := a.Body, b.Body
	c := base
	c.Item = "body"
	switch {
	case x == nil && y == nil:
		return
	case x == nil:
		c.Rule, c.New, c.Breaking = AddedParameter, describeParam(y), y.Required
		c.Message = "a request body was added (" + c.New + ")"
		d.add(c)
		return
	case y == nil:
		c.Rule, c.Old, c.Breaking = RemovedParameter, describeParam(x), true
		c.Message = "the request body was removed"
		d.add(c)
		return
	}
	if x.Required != y.Required {
		c.Rule, c.Old, c.New, c.Breaking = ChangedParameterRequired, requiredWord(x.Required), requiredWord(y.Required), y.Required
		c.Message = "the request body changed from " + c.Old + " to " + c.New
		d.add(c)
	}
	for _, td := range typeDiffs(x.Type, y.Type, "") {
		c := base
		c.Item, c.Rule, c.Old, c.New = "body"+td.suffix, ChangedParameterType, td.old, td.new
		c.Rule, c.Breaking = typeRule(td, true, false, ChangedParameterType, ChangedParameterType)
		c.Message = fmt.Sprintf("the request body %s changed type from %s to %s", c.Item, td.old, td.new)
		d.add(c)
	}
	d.walk.visit(x.Type, y.Type, ir.UsageInput, b.ID+" request body: ")
}

// compareResponses compares responses by status code and pairs their models.
func (d *differ) compareResponses(base Change, a, b *ir.Operation) {
	ra, rb := map[string]*ir.Response{}, map[string]*ir.Response{}
	for _, r := range a.Responses {
		ra[r.Status] = r
	}
	for _, r := range b.Responses {
		rb[r.Status] = r
	}
	for _, s := range unionKeys(ra, rb) {
		x, y := ra[s], rb[s]
		c := base
		c.Item = "response " + s
		switch {
		case x == nil:
			c.Rule, c.New, c.Breaking = AddedResponseCode, wireType(y.Type), !y.IsError()
			c.Message = "response " + s + " was added"
			d.add(c)
			continue
		case y == nil:
			c.Rule, c.Old, c.Breaking = RemovedResponseCode, wireType(x.Type), !x.IsError()
			c.Message = "response " + s + " was removed"
			d.add(c)
			continue
		}
		for _, td := range typeDiffs(x.Type, y.Type, "") {
			c := base
			c.Item, c.Rule, c.Old, c.New, c.Breaking = "response "+s+td.suffix, ChangedResponseType, td.old, td.new, true
			c.Message = fmt.Sprintf("response %s body changed type from %s to %s", s+td.suffix, td.old, td.new)
			d.add(c)
		}
		d.walk.visit(x.Type, y.Type, ir.UsageOutput, b.ID+" response "+s+": ")
	}
}
