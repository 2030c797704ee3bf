package validation

// UUIDRule is the rule name of a string of format uuid that is not a UUID.
const UUIDRule = "format.uuid"

// UUIDDoc documents the format.uuid rule.
const UUIDDoc = `A UUID: 32 hexadecimal digits in groups of 8-4-4-4-12 separated by hyphens, in either case.
Applies to properties of "format": "uuid", and to properties whose description calls them a GUID.
No braces, no "urn:uuid:" prefix, any version and variant.`

// UUID reports p when the string v is set and is not a UUID such as
// 00000000-0000-0000-0000-000000000000 (see UUIDDoc). A nil v is absent and
// passes.
func UUID[S ~string](errs *Errors, p Path, v *S) {
	if v != nil {
		UUIDValue(errs, p, *v)
	}
}

// UUIDValue is UUID for a non-pointer value.
func UUIDValue[S ~string](errs *Errors, p Path, v S) {
	if !isUUID(string(v)) {
		errs.add(&p, UUIDRule, "must be a UUID of 32 hexadecimal digits grouped 8-4-4-4-12", v)
	}
}

// isUUID reports whether s is a UUID in its 36-character text form.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !isHex(s[i]) {
				return false
			}
		}
	}
	return true
}

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

// isDigit reports whether c is a decimal digit.
func isDigit(c byte) bool {
	return c >= '0' && c <= '9'
}
