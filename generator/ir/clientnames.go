package ir

import "strings"

// Client-facing names of an operation group and its operations, in the style of the Azure
// SDK for Go. They are derived from Name alone, so that the builder can reserve them before
// naming models and the Go emitter can use them without a second source of truth.

// ClientName is the Go type of the group's client, such as "PacketCapturesClient".
func (g *OperationGroup) ClientName() string {
	if g.Client != "" {
		return g.Client
	}
	return g.Name + "Client"
}

// ClientName is the Go type of the client the operation belongs to.
func (op *Operation) ClientName() string {
	if op.Client != "" {
		return op.Client
	}
	return op.Group + "Client"
}

// IsLRO reports whether the operation is long-running: its method starts the operation
// and returns a poller.
func (op *Operation) IsLRO() bool { return op.LongRunning != nil }

// IsPager reports whether the operation's method returns a pager. A long-running
// operation that is also pageable is treated as long-running only.
func (op *Operation) IsPager() bool { return op.Pageable != nil && op.LongRunning == nil }

// MethodName is the client method: "BeginCreate" for a long-running operation,
// "NewListPager" for a pageable one, else Name.
func (op *Operation) MethodName() string {
	switch {
	case op.IsLRO():
		return "Begin" + op.Name
	case op.IsPager():
		return "New" + op.Name + "Pager"
	}
	return op.Name
}

// OptionsName is the type of the method's optional parameters, such as
// "PacketCapturesClientBeginCreateOptions" or "PacketCapturesClientListOptions".
func (op *Operation) OptionsName() string {
	if op.IsLRO() {
		return op.ClientName() + "Begin" + op.Name + "Options"
	}
	return op.ClientName() + op.Name + "Options"
}

// ResponseName is the type of the method's result (the poller's or pager's element type
// for long-running and pageable operations), such as "PacketCapturesClientCreateResponse".
func (op *Operation) ResponseName() string { return op.ClientName() + op.Name + "Response" }

// ClientTypeNames lists every exported type name the Go clients of pkg declare: clients,
// options, responses, parameter groups and ClientFactory. Models and enums must not take
// these names.
func ClientTypeNames(groups []*OperationGroup) []string {
	names := []string{"ClientFactory", "NewClientFactory"}
	for _, g := range groups {
		names = append(names, g.ClientName())
		for _, op := range g.Operations {
			names = append(names, op.OptionsName(), op.ResponseName())
			for _, u := range op.Groups {
				names = append(names, u.Group.Name)
			}
		}
	}
	return names
}

// ClientParams returns the parameters a group's client constructor takes (subscriptionId and
// other client parameters, but not constants such as api-version), once each, in the order
// the group's operations first use them.
func (g *OperationGroup) ClientParams() []*Parameter {
	var out []*Parameter
	seen := map[string]bool{}
	for _, op := range g.Operations {
		for _, p := range op.Params {
			if p.Client && p.Constant == "" && !seen[p.Name] {
				seen[p.Name] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// ClientParams returns what the constructor of the client of group name takes (see
// OperationGroup.ClientParams), or nil when the package has no such group.
func (p *Package) ClientParams(group string) []*Parameter {
	for _, g := range p.Groups {
		if g.Name == group {
			return g.ClientParams()
		}
	}
	return nil
}

// ServerName is the Go type of the group's fake server, as the Azure SDK's fake packages
// name it: the client's name with "Server" in place of "Client" ("WatchersServer"; a
// client named "Client" has the server "Server").
func (g *OperationGroup) ServerName() string {
	return strings.TrimSuffix(g.ClientName(), "Client") + "Server"
}

// ServerName is the Go type of the fake server of the operation's client
// (OperationGroup.ServerName).
func (op *Operation) ServerName() string {
	return strings.TrimSuffix(op.ClientName(), "Client") + "Server"
}
