// Package gocode holds what the Go emitters share about the code they write: the Go type
// of each IR type, doc comments made from spec prose, files with armgen's header, the
// decoding calls of the decode runtime, and the import paths of the packages the generated
// code uses.
package gocode

// Import paths of the Azure SDK packages the generated clients use.
const (
	AzcorePkg    = "github.com/Azure/azure-sdk-for-go/sdk/azcore"
	ARMPkg       = "github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	RuntimePkg   = "github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	PolicyPkg    = "github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	AzfakePkg    = "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	ServerPkg    = "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake/server"
	ToPkg        = "github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
	StreamingPkg = "github.com/Azure/azure-sdk-for-go/sdk/azcore/streaming"
)

// DecodePkg is the import path of the hand-written runtime that custom UnmarshalJSON
// methods call (lenient date-times, polymorphic values).
const DecodePkg = "github.com/armgen/armgen/runtime/decode"

// SerdePkg is the import path of the runtime's one-pass JSON reader, which the generated
// UnmarshalJSON methods call.
const SerdePkg = "github.com/armgen/armgen/runtime/serde"
