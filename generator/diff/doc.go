// Package diff compares two versions of a spec through armgen's IR and lists what changed,
// each change classified breaking or not, plus what changed in the generated Go API.
//
// # What is compared
//
// Operations are matched by operationId (then, for the rest, by method and path: a changed
// operationId). For each pair: path, method, parameters (by location and name: added,
// removed, moved, required, type, constraints), the request body, responses by status code
// (added, removed, body type), x-ms-long-running-operation and its final-state-via, and
// x-ms-pageable. Models and enums are matched by where they are reached on the wire, never
// by Go name: the request body of an operation is paired with the request body of the same
// operation, a response with the response of the same status code, and a property's type
// with the type of the property of the same JSON name. So a definition that moved to
// another file, an inline schema that became a named definition, or an enum whose Go name
// changed is compared with what it was, and is not a change by itself. Named definitions
// that the walk reaches on one side only are matched by definition name.
//
// Each pair of models records every direction it travels in (Usage): input when it is
// reached from a request body, output from a response; a property that is readOnly on both
// sides carries only output. Properties are compared by JSON name: type (by JSON type, with
// format), required, readOnly, validation keywords, default, additionalProperties and
// discriminator. Enums are compared by value set and x-ms-enum modelAsString.
//
// # When a change is breaking
//
// The rules follow the Azure REST API guidelines' table of property changes by direction
// (input and output) and Azure's openapi-diff rule set (numbers in the table), made
// directional where the guidelines are: a change breaks when a client written for the old
// version, sending requests or reading responses as that version described them, can fail.
// One deliberate difference from the guidelines' table: a new property in a response, even a
// required one, is not breaking, because a new API version is opt-in and armgen's clients
// (like Azure's SDKs) ignore unknown fields.
//
//	| Rule                        | openapi-diff     | Breaking when                                                                 |
//	|-----------------------------|------------------|-------------------------------------------------------------------------------|
//	| AddedOperation              | 1038, 1039       | never                                                                         |
//	| RemovedOperation            | 1005, 1035       | always                                                                        |
//	| ChangedOperationId          | 1008             | always (same method and path, new operationId: the Go method is renamed)      |
//	| ChangedPath                 | 1005             | always                                                                        |
//	| ChangedMethod               |                  | always                                                                        |
//	| AddedParameter              | 1010, 1043       | the parameter (or request body) is required                                   |
//	| RemovedParameter            | 1007, 1009, 1046 | always (clients still send it)                                                |
//	| ChangedParameterIn          | 1015             | always                                                                        |
//	| ChangedParameterRequired    | 1025             | optional to required                                                          |
//	| ChangedParameterType        | 1023, 1026       | always, except a widening number format (int32 to int64, float to double)     |
//	| ChangedParameterConstraint  | 1024, 1036, 1037 | stronger, or a changed pattern                                                |
//	| AddedResponseCode           | 1011             | a success status code (an error code or default is not)                       |
//	| RemovedResponseCode         | 1012             | a success status code (an error code or default is not)                       |
//	| ChangedResponseType         | 1023, 1026       | always (a body added or removed, another JSON type or format)                 |
//	| ChangedLongRunning          | 1044             | always (the client polls, or no longer does)                                  |
//	| ChangedFinalStateVia        | 1044             | always (the final result is read from another place)                          |
//	| ChangedPageable             |                  | always (x-ms-pageable toggled, nextLinkName or itemName changed)              |
//	| AddedProperty               | 1034, 1040, 1041, 1045 | required, not readOnly, and the model is input; never for output-only   |
//	| RemovedProperty             | 1033             | always: output clients read it, input clients send it                         |
//	| ChangedPropertyType         | 1026             | always; string to enum only when input and the enum is closed; enum to string only when output and the enum was closed |
//	| ChangedPropertyFormat       | 1023             | always, except widening (int32 to int64) when input-only and narrowing when output-only |
//	| ChangedPropertyRequired     | 1025             | optional to required when input (not readOnly); required to optional when output |
//	| ChangedPropertyReadOnly     | 1029             | when input: to readOnly (what clients send is ignored), or from readOnly when required |
//	| ChangedPropertyConstraint   | 1024, 1036, 1037 | stronger when input; weaker when output; a changed pattern either way         |
//	| ChangedPropertyDefault      | 1027             | when input (omitting the property now means something else)                  |
//	| AddedAdditionalProperties   | 1021             | never                                                                         |
//	| RemovedAdditionalProperties | 1022             | always                                                                        |
//	| ChangedDiscriminator        | 1030             | always                                                                        |
//	| AddedModel                  |                  | never (reached from a new operation or property, reported there)             |
//	| RemovedModel                | 1006             | never by itself: what reached it is reported and classified where it changed |
//	| AddedEnumValue              | 1020             | when output and the old enum is closed (modelAsString false)                 |
//	| RemovedEnumValue            | 1019             | always: input clients send it, output clients handle it                       |
//	| ChangedModelAsString        | 1047             | open to closed when input; closed to open when output                         |
//	| AddedEnum                   | 1048             | never                                                                         |
//	| RemovedEnum                 | 1049             | never by itself (see RemovedModel)                                            |
//
// A model that is both input and output takes the stricter of the two. Changes that are not
// breaking are "features added" when they add something (the Added rules) and "other"
// otherwise. Descriptions, x-ms-examples, x-ms-identifiers and other documentation-only
// keywords are not compared.
//
// # The Go API
//
// CompareGo parses the two generated packages (in memory, with go/parser) and lists every
// exported type, struct field, function, method and constant that was added, removed, or
// whose type or signature changed. Removed and changed identifiers break Go callers; they
// are reported beside the wire changes but do not count for Report.Breaking, since a Go
// name can change (a definition moved, a name collided) while the wire stays the same.
package diff
