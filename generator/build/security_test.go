package build

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/armgen/armgen/generator/load"
)

// TestSecurityWarnings: security the clients do not send (apiKey, basic, oauth2 scopes of
// other services, undeclared schemes) is a warning naming the requirement's pointer, once per
// scheme and problem; ARM's azure_auth/user_impersonation is not.
func TestSecurityWarnings(t *testing.T) {
	spec := `{"swagger": "2.0", "info": {"title": "t", "version": "1"},
  "securityDefinitions": {
    "azure_auth": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://login.microsoftonline.com/common/oauth2/authorize", "scopes": {"user_impersonation": "x"}},
    "key": {"type": "apiKey", "name": "k", "in": "header"},
    "aad": {"type": "oauth2", "flow": "implicit", "authorizationUrl": "https://login.microsoftonline.com/common/oauth2/authorize"}},
  "security": [{"azure_auth": ["user_impersonation"]}],
  "paths": {"/a": {"get": {"operationId": "A_Get", "security": [{"key": []}, {"aad": ["https://other.example/.default", "https://management.azure.com/.default"]}],
      "responses": {"200": {"description": "ok"}}},
    "put": {"operationId": "A_Put", "security": [{"key": []}, {"nope": []}], "responses": {"200": {"description": "ok"}}}}}}`
	doc, err := load.Load("spec.json", load.Options{FS: fstest.MapFS{"spec.json": {Data: []byte(spec)}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Build(doc, Options{}); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range doc.Warnings {
		got = append(got, w.File+"#"+w.Pointer+": "+strings.SplitN(w.Msg, ";", 2)[0])
		if w.Kind != load.WarnSecurity {
			t.Errorf("%s: kind %q, want %q", w, w.Kind, load.WarnSecurity)
		}
	}
	want := []string{
		`spec.json#/paths/~1a/get/security/0/key: security scheme "key": "apiKey" authentication is not supported`,
		`spec.json#/paths/~1a/get/security/1/aad: security scheme "aad": the scope https://other.example/.default is not requested`,
		`spec.json#/paths/~1a/put/security/1/nope: security scheme "nope": not declared in securityDefinitions`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
