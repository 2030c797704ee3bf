package build

import (
	"crypto/md5"
	"encoding/binary"
	"regexp"
	"strconv"
	"strings"

	"github.com/armgen/armgen/generator/jsonv"
	"github.com/armgen/armgen/generator/load"
	"github.com/armgen/armgen/generator/naming"
)

// additionalName is the name hint of the schema of a map's values (file#ptr is that
// additionalProperties schema), as the Azure SDK for Go names it. AutoRest moves an
// inline object schema of additionalProperties to the spec's components under its
// x-ms-client-name or title, else under a name made of its OpenAPI 3 JSON pointer with
// a hash of that pointer after the first token (the first 32 bits of its MD5, base 36),
// so that ManagedServiceIdentity's userAssignedIdentities values are
// Components1Jq1T4ISchemasManagedserviceidentityPropertiesUserassignedidentitiesAdditionalproperties
// in the SDK's packages. Other schemas (a $ref, a scalar, an array, a schema outside
// /definitions) keep fallback.
func (b *builder) additionalName(f *load.File, ptr, fallback string) string {
	s := b.schemaAt(f, ptr)
	if s == nil || s.Ref.String() != "" || !isObject(s) {
		return fallback
	}
	if n, ok := s.Extensions.GetString("x-ms-client-name"); ok && n != "" {
		return naming.Pascal(n)
	}
	if s.Title != "" {
		return naming.Pascal(s.Title)
	}
	return hashedSchemaName(ptr, fallback)
}

// dashes and nonWord are what AutoRest replaces with "_" and "-" in each token of a
// hashed name.
var (
	dashes  = regexp.MustCompile(`-+`)
	nonWord = regexp.MustCompile(`\W+`)
)

// hashedSchemaName is AutoRest's name of the anonymous schema at a Swagger pointer under
// /definitions (see additionalName), or fallback for a pointer elsewhere.
func hashedSchemaName(ptr, fallback string) string {
	rest, ok := strings.CutPrefix(ptr, "/definitions/")
	if !ok {
		return fallback
	}
	oai3 := "/components/schemas/" + rest
	sum := md5.Sum([]byte(oai3))
	hash := strconv.FormatUint(uint64(binary.BigEndian.Uint32(sum[:4])), 36)
	tokens := append([]string{"components", hash, "schemas"}, strings.Split(rest, "/")...)
	words := make([]string, 0, len(tokens))
	for _, t := range tokens {
		t = strings.ToLower(jsonv.UnescapeToken(t))
		t = strings.Join(strings.FieldsFunc(nonWord.ReplaceAllString(dashes.ReplaceAllString(t, "_"), "-"), func(r rune) bool { return r == '-' }), "-")
		if t != "" {
			words = append(words, t)
		}
	}
	return naming.Pascal(strings.Join(words, "·"))
}
