package ir

import (
	"sync"

	"github.com/armgen/armgen/generator/jsonv"
)

// OperationGroup is the set of operations sharing an operationId prefix ("PacketCaptures"),
// which becomes one client.
type OperationGroup struct {
	// Name is the Go name of the group, such as "PacketCaptures" or "NetworkWatchers".
	Name string
	// Client is the Go type of the group's client, as the Azure SDK names it: the
	// package's stutter prefix trimmed ("WatchersClient" in package armnetwork), the spec's
	// title for operations of no group. Empty means Name + "Client".
	Client string
	// Operations are sorted by Name.
	Operations []*Operation
}

// Operation is one HTTP operation.
type Operation struct {
	// ID is the spec's operationId, such as "PacketCaptures_Create".
	ID string
	// Group is the operation group's name.
	Group string
	// Client is the Go type of the group's client (OperationGroup.Client).
	Client string
	// Name is the Go method name within the group, such as "Create".
	Name string
	// Doc is the operation's description (or summary).
	Doc string
	// Method is the upper-case HTTP method.
	Method string
	// Path is the path template, such as "/subscriptions/{subscriptionId}/...".
	Path string
	// FixedQuery is the query part of an x-ms-paths key ("a=b&c" for "/p?a=b&c"), sent as it
	// is before the operation's query parameters; "" for a plain path.
	FixedQuery string
	// Params are the non-body parameters in the spec's order (path, query, header).
	Params []*Parameter
	// Body is the body parameter, or nil.
	Body *Parameter
	// Responses are the declared responses sorted by status code, "default" last.
	Responses []*Response
	// LongRunning is set for x-ms-long-running-operation.
	LongRunning *LongRunning
	// Pageable is set for x-ms-pageable.
	Pageable *Pageable
	// Examples are the x-ms-examples in the spec's order.
	Examples []*Example
	// Consumes and Produces are the operation's media types (the spec's when the operation
	// has none), in the spec's order.
	Consumes, Produces []string
	// Source is where the operation is defined.
	Source Source
	// Groups are the x-ms-parameter-grouping groups the operation takes, in the order of
	// their first member in the spec.
	Groups []*GroupUse
	// XMLRequest is set when the operation sends its body as application/xml (consumes).
	XMLRequest *XMLBody
	// XMLResponse is set when the operation reads its result as application/xml (produces).
	XMLResponse *XMLBody
}

// Location says where a parameter travels.
type Location string

// Parameter locations.
const (
	InPath   Location = "path"
	InQuery  Location = "query"
	InHeader Location = "header"
	InBody   Location = "body"
	// InHost is a parameter of x-ms-parameterized-host: it fills a {name} of the host
	// template, not of the path.
	InHost Location = "host"
)

// Parameter is one operation parameter.
type Parameter struct {
	// Name is the wire name.
	Name string
	// GoName is a Go identifier for the parameter as a function argument (lower camel case).
	GoName string
	// In is the parameter's location.
	In Location
	// Doc is the description.
	Doc string
	// Type is the parameter's type.
	Type *Type
	// Required is true for required parameters (always for path parameters).
	Required bool
	// Constant is the single allowed value of a parameter the client fills in itself
	// (api-version), or "".
	Constant string
	// Client is true for parameters held by the client rather than passed per call
	// (subscriptionId, api-version), as with x-ms-parameter-location: client.
	Client bool
	// SkipURLEncoding is x-ms-skip-url-encoding.
	SkipURLEncoding bool
	// CollectionFormat is an array parameter's collectionFormat: "csv" (also for ""), "ssv",
	// "tsv", "pipes" or "multi" (query parameters only: one key=value pair per item).
	CollectionFormat string
	// ItemsCollectionFormat is, for an array parameter whose items are arrays (of strings,
	// numbers or booleans), the items' own collectionFormat (Swagger's items.collectionFormat):
	// each item is joined by its separator, then the items by CollectionFormat's. "" for
	// other parameters, and for csv.
	ItemsCollectionFormat string
	// Constraints are the parameter's validation keywords.
	Constraints Constraints
	// BodyFormat says how a body parameter travels.
	BodyFormat BodyFormat
	// Source is where the parameter is defined.
	Source Source
	// Grouping is x-ms-parameter-grouping: the group the parameter is a field of, or nil.
	Grouping *ParamGroup
	// FieldName is the parameter's Go field name in its group's struct ("" without Grouping).
	FieldName string
}

// Response is one declared response.
type Response struct {
	// Status is the status code ("200") or "default".
	Status string
	// Doc is the description.
	Doc string
	// Type is the body type, or nil when there is no body.
	Type *Type
	// Headers are the declared response header names, sorted.
	Headers []string
	// HeaderTypes are the declared response headers with their types, sorted by name.
	HeaderTypes []*ResponseHeader
	// BodyFormat says how the body travels.
	BodyFormat BodyFormat
}

// IsError reports whether the response is the error response ("default" or 4xx/5xx).
func (r *Response) IsError() bool {
	return r.Status == "default" || (len(r.Status) == 3 && r.Status[0] >= '4')
}

// LongRunning describes x-ms-long-running-operation and its options.
type LongRunning struct {
	// FinalStateVia is "azure-async-operation", "location", "original-uri" or "" (the
	// default for the method).
	FinalStateVia string
	// FinalSchema is the type of the final result when final-state-schema names one
	// (typespec-autorest writes it when the result is not what the operation's responses
	// declare, as for a POST answered 202 without a body): the poller returns it. Nil
	// otherwise: the poller returns the first success response's body.
	FinalSchema *Type
}

// Pageable describes x-ms-pageable.
type Pageable struct {
	// NextLinkName is the response property holding the next page's URL; "" means the
	// result is one page (nextLinkName: null).
	NextLinkName string
	// ItemName is the property holding the page's items ("value" by default).
	ItemName string
	// OperationName is x-ms-pageable operationName, or "".
	OperationName string
	// Next is the operation OperationName names, which fetches every page after the first;
	// nil when the next link is fetched as it is.
	Next *Operation
}

// Example is one x-ms-examples entry: the example file as it is.
type Example struct {
	// Name is the x-ms-examples key, such as "Create packet capture".
	Name string
	// File is the example file's path relative to the spec root.
	File string
	// Parameters is the example's "parameters" object.
	Parameters *jsonv.Value
	// Responses is the example's "responses" object keyed by status code.
	Responses *jsonv.Value
}

// Resource is an ARM resource the spec defines: a path with a PUT and a GET or DELETE.
type Resource struct {
	// Name is the resource type's Go name, singular, such as "PacketCapture".
	Name string
	// Group is the docs group from the provider namespace, such as "Network".
	Group string
	// TypePath is the ARM type below the provider, such as "networkWatchers/packetCaptures".
	TypePath string
	// Path is the resource's path template.
	Path string
	// NameParam is the path parameter naming the resource, such as "packetCaptureName".
	NameParam string
	// Parents are the enclosing resources from the path, outermost first.
	Parents []*ParentRef
	// Model is the resource's GET (or PUT) response model.
	Model *Model
	// Create, Get, Delete and Update are the resource's operations; Create is the PUT.
	Create, Get, Delete, Update *Operation
	// List are the operations listing this resource.
	List []*Operation
	// Actions are the other operations on the resource's path or below it.
	Actions []*Operation
	// createBody computes CreateBodySchema once, on first use: expanded, the schemas of a
	// package like Network's are over 100 MB, which only the docs need.
	createBody *lazyValue
}

// lazyValue is a JSON value computed once, on first use, by any goroutine.
type lazyValue struct {
	once sync.Once
	f    func() *jsonv.Value
	v    *jsonv.Value
}

// SetCreateBodySchema sets the function that computes CreateBodySchema on first use.
func (r *Resource) SetCreateBodySchema(f func() *jsonv.Value) { r.createBody = &lazyValue{f: f} }

// CreateBodySchema is the PUT body's schema with every $ref replaced in place by its
// target (own keys first, then the target's missing keys; cycles cut), in source key
// order, or nil. The docs print it. It is computed on first use; calls from several
// goroutines are safe.
func (r *Resource) CreateBodySchema() *jsonv.Value {
	if r.createBody == nil {
		return nil
	}
	r.createBody.once.Do(func() { r.createBody.v = r.createBody.f() })
	return r.createBody.v
}

// ParentRef is an enclosing resource found in a resource's path.
type ParentRef struct {
	// Name is the parent resource type, such as "NetworkWatcher" or "ResourceGroup".
	Name string
	// Group is its docs group, such as "Network" or "Resources".
	Group string
	// Param is the path parameter naming it, such as "networkWatcherName".
	Param string
}
