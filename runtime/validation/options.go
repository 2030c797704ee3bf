package validation

// Options selects what a generated validator checks. The zero Options is the
// plain Validate() mode.
//
// Generated code passes Options down the tree along with the Path and calls
// ReadOnly only when Request is true:
//
//	func (m *PacketCaptureResult) validateInto(errs *validation.Errors, p validation.Path, o validation.Options) {
//		if o.Request {
//			validation.ReadOnly(errs, p.Field("id"), m.ID)
//		}
//		...
//	}
type Options struct {
	// Request makes the validator check a request body: read-only properties
	// that are set are reported with rule "readOnly", since ARM ignores or
	// rejects them. Generated ValidateRequest() methods set it; Validate()
	// leaves it false.
	Request bool
}
