// Package validatetest tests the validators that armgen generated for the real
// networkWatcher.json 2022-01-01 (generated/network/2022-01-01/armnetwork, kept current by
// make check-generate): every example body validates clean, a table of invalid payloads made
// from the examples yields exactly the expected problems, a fuzz test shows that Validate never
// panics, and a benchmark measures a valid PacketCapture body (which must not allocate).
//
// The tests read the spec mirror ($SPECS_ROOT, or ../shared/azure-rest-api-specs beside the
// repository) and skip when it is not there.
package validatetest
