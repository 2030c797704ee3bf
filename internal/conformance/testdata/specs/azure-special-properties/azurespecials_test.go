package azurespecialproperties

import (
	"context"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

func ptr[T any](v T) *T { return &v }

const (
	subscription = "1234-5678-9012-3456"
	requestID    = "9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"
	unencoded    = "path1/path2/path3"
	// unencodedQuery is sent as it is: it adds the parameters q2 and q3.
	unencodedQuery = "value1&q2=value2&q3=value3"
)

// gaps are the scenarios armgen gets wrong, with the reason.
var gaps = map[string]string{}

func TestAzureSpecials(t *testing.T) {
	// The server wants x-ms-client-request-id on every request; azcore sends it only when
	// the caller sets it.
	ctx := policy.WithHTTPHeader(context.Background(), map[string][]string{"x-ms-client-request-id": {requestID}})
	o := opts(t)
	def, err := NewAPIVersionDefaultClient(cred, o)
	if err != nil {
		t.Fatal(err)
	}
	local, _ := NewAPIVersionLocalClient(cred, o)
	hdr, _ := NewHeaderClient(cred, o)
	odata, _ := NewODataClient(cred, o)
	skip, _ := NewSkipURLEncodingClient(cred, o)
	credSub, _ := NewSubscriptionInCredentialsClient(subscription, cred, o)
	// subscriptionId is a client argument even where the spec says x-ms-parameter-location: method.
	methodSub, _ := NewSubscriptionInMethodClient(subscription, cred, o)
	xms, _ := NewXMSClientRequestIDClient(cred, o)
	calls := map[string]func() error{
		"GetMethodGlobalValid":            func() error { _, err := def.GetMethodGlobalValid(ctx, nil); return err },
		"GetMethodGlobalNotProvidedValid": func() error { _, err := def.GetMethodGlobalNotProvidedValid(ctx, nil); return err },
		"GetPathGlobalValid":              func() error { _, err := def.GetPathGlobalValid(ctx, nil); return err },
		"GetSwaggerGlobalValid":           func() error { _, err := def.GetSwaggerGlobalValid(ctx, nil); return err },
		"GetMethodLocalValid":             func() error { _, err := local.GetMethodLocalValid(ctx, nil); return err },
		// An optional api-version of the operation's own: not sent when not set.
		"GetMethodLocalNull":    func() error { _, err := local.GetMethodLocalNull(ctx, nil); return err },
		"GetPathLocalValid":     func() error { _, err := local.GetPathLocalValid(ctx, nil); return err },
		"GetSwaggerLocalValid":  func() error { _, err := local.GetSwaggerLocalValid(ctx, nil); return err },
		"PostMethodGlobalValid": func() error { _, err := credSub.PostMethodGlobalValid(ctx, nil); return err },
		"PostMethodGlobalNotProvidedValid": func() error {
			_, err := credSub.PostMethodGlobalNotProvidedValid(ctx, nil)
			return err
		},
		"PostPathGlobalValid":    func() error { _, err := credSub.PostPathGlobalValid(ctx, nil); return err },
		"PostSwaggerGlobalValid": func() error { _, err := credSub.PostSwaggerGlobalValid(ctx, nil); return err },
		"PostMethodLocalValid":   func() error { _, err := methodSub.PostMethodLocalValid(ctx, nil); return err },
		"PostPathLocalValid":     func() error { _, err := methodSub.PostPathLocalValid(ctx, nil); return err },
		"PostSwaggerLocalValid":  func() error { _, err := methodSub.PostSwaggerLocalValid(ctx, nil); return err },
		"GetMethodPathValid":     func() error { _, err := skip.GetMethodPathValid(ctx, unencoded, nil); return err },
		"GetPathPathValid":       func() error { _, err := skip.GetPathValid(ctx, unencoded, nil); return err },
		"GetSwaggerPathValid":    func() error { _, err := skip.GetSwaggerPathValid(ctx, nil); return err },
		"GetMethodQueryNull":     func() error { _, err := skip.GetMethodQueryNull(ctx, nil); return err },
		"GetMethodQueryValid":    func() error { _, err := skip.GetMethodQueryValid(ctx, unencodedQuery, nil); return err },
		"GetPathQueryValid":      func() error { _, err := skip.GetPathQueryValid(ctx, unencodedQuery, nil); return err },
		"GetSwaggerQueryValid":   func() error { _, err := skip.GetSwaggerQueryValid(ctx, nil); return err },
		"GetWithFilter": func() error {
			_, err := odata.GetWithFilter(ctx, &ODataClientGetWithFilterOptions{Filter: ptr("id gt 5 and name eq 'foo'"), Top: ptr[int32](10), Orderby: ptr("id")})
			return err
		},
		"XMsClientRequestID Get": func() error {
			_, err := xms.Get(policy.WithHTTPHeader(ctx, map[string][]string{"x-ms-client-request-id": {requestID}}), nil)
			return err
		},
		// Without the context header: the parameter is the header.
		"XMsClientRequestID ParamGet": func() error { _, err := xms.ParamGet(context.Background(), requestID, nil); return err },
		"CustomNamedRequestID":        func() error { _, err := hdr.CustomNamedRequestID(ctx, requestID, nil); return err },
		"CustomNamedRequestIDParamGrouping": func() error {
			_, err := hdr.CustomNamedRequestIDParamGrouping(ctx, HeaderClientCustomNamedRequestIDParamGroupingParameters{FooClientRequestID: requestID}, nil)
			return err
		},
		"CustomNamedRequestIDHead": func() error { _, err := hdr.CustomNamedRequestIDHead(ctx, requestID, nil); return err },
	}
	for name, call := range calls {
		if why := gaps[name]; why != "" {
			t.Logf("known gap %s (%s): %v", name, why, call())
			continue
		}
		ok(t, name, call())
	}
}
