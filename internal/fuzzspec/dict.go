package fuzzspec

import (
	"slices"

	"github.com/armgen/armgen/generator/jsonv"
)

// keywords are the keys of Swagger 2.0 and of Azure's extensions that the seeds may lack.
var keywords = []string{
	"$ref", "allOf", "additionalProperties", "items", "properties", "required", "type", "format",
	"enum", "default", "discriminator", "readOnly", "minimum", "maximum", "exclusiveMinimum",
	"exclusiveMaximum", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
	"multipleOf", "collectionFormat", "in", "name", "schema", "responses", "parameters", "paths",
	"definitions", "operationId", "consumes", "produces", "security", "securityDefinitions",
	"host", "basePath", "schemes", "x-ms-paths", "x-ms-parameterized-host", "x-ms-pageable",
	"x-ms-long-running-operation", "x-ms-long-running-operation-options", "x-ms-enum",
	"x-ms-discriminator-value", "x-ms-client-flatten", "x-ms-client-name", "x-ms-azure-resource",
	"x-ms-mutability", "x-ms-secret", "x-ms-identifiers", "x-ms-arm-id-details", "x-nullable",
	"x-ms-parameter-location", "x-ms-parameter-grouping", "x-ms-skip-url-encoding",
	"x-ms-examples", "x-ms-header-collection-prefix", "x-ms-error-response", "x-ms-client-default",
	"x-ms-odata", "x-ms-external", "x-ms-flatten", "x-typespec-generated", "nextLinkName",
	"itemName", "operationName", "final-state-via", "final-state-schema", "modelAsString",
	"values", "value", "hostTemplate", "useSchemePrefix", "positionInOperation", "xml",
	"wrapped", "attribute", "namespace", "prefix", "allowedResources",
}

// values are string values worth trying where the seeds have others.
var values = []string{
	"", "object", "array", "string", "integer", "number", "boolean", "file", "null",
	"int32", "int64", "float", "double", "byte", "binary", "date", "date-time", "date-time-rfc1123",
	"duration", "uuid", "uri", "url", "arm-id", "unixtime", "password", "base64url", "char",
	"body", "query", "header", "path", "formData", "csv", "ssv", "tsv", "pipes", "multi",
	"azure-async-operation", "location", "original-uri", "operation-location", "client", "method",
	"read", "create", "update", "{", "}", "{name}", "/", "//", "~1", "%", "%zz", "a/b", "é",
	"\u0000", "\u2028", "<script>", "`", "|", "*/", "\"", "0", "-1", "true", "null", "Microsoft.X/y",
}

// NewDict collects the keys, $ref values and short string values of the seeds, with
// Swagger's and Azure's keywords and values added.
func NewDict(seeds ...*jsonv.Value) Dict {
	d := Dict{Keys: slices.Clone(keywords), Strings: slices.Clone(values)}
	seen := map[string]bool{}
	for _, k := range d.Keys {
		seen["k"+k] = true
	}
	for _, s := range d.Strings {
		seen["s"+s] = true
	}
	for _, seed := range seeds {
		for _, n := range walk(seed) {
			for _, m := range members(n.v) {
				if !seen["k"+m.Key] {
					seen["k"+m.Key] = true
					d.Keys = append(d.Keys, m.Key)
				}
				if m.Key == "$ref" && m.Value.Kind == jsonv.String && !seen["r"+m.Value.Str] {
					seen["r"+m.Value.Str] = true
					d.Refs = append(d.Refs, m.Value.Str)
				}
			}
			if n.v.Kind == jsonv.String && len(n.v.Str) <= 40 && !seen["s"+n.v.Str] {
				seen["s"+n.v.Str] = true
				d.Strings = append(d.Strings, n.v.Str)
			}
		}
	}
	return d
}
