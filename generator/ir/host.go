package ir

// HostTemplate is x-ms-parameterized-host: the endpoint every operation is sent to, built
// from a template whose {name}s are filled with host parameters.
type HostTemplate struct {
	// Template is the hostTemplate with the scheme prefix applied when useSchemePrefix is
	// true, such as "https://{accountName}{host}" or "{endpoint}".
	Template string
	// Params are the template's parameters in the extension's order, each In == InHost.
	// Client ones (a $ref to a global parameter, or x-ms-parameter-location: client) are
	// constructor arguments; the others are arguments of every method.
	Params []*Parameter
	// Last is positionInOperation "last": method host parameters follow the operation's
	// own parameters instead of preceding them.
	Last bool
	// Source is where the extension is defined.
	Source Source
}
