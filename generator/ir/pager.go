package ir

import "strings"

// NextLinkParam returns the parameter of the next operation that receives the next link (a
// path parameter named nextLink, as AutoRest's specs name it), or nil when the next operation
// has none and is called with its own path.
func (pg *Pageable) NextLinkParam() *Parameter {
	if pg == nil || pg.Next == nil {
		return nil
	}
	for _, p := range pg.Next.Params {
		if IsNextLinkParam(p) {
			return p
		}
	}
	return nil
}

// IsNextLinkParam reports whether p is a next operation's next-link parameter: a path
// parameter named nextLink.
func IsNextLinkParam(p *Parameter) bool {
	return p.In == InPath && strings.EqualFold(p.Name, "nextLink")
}
