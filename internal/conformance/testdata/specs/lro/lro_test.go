package lro

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

func ptr[T any](v T) *T { return &v }

func product() *Product { return &Product{Location: ptr("West US")} }

// done polls p until the operation ends.
func done[T any](ctx context.Context, p *runtime.Poller[T], err error) error {
	if err != nil {
		return err
	}
	_, err = p.PollUntilDone(ctx, &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
	return err
}

// wantsError says whether a scenario ends in an error: a failed or canceled operation, and
// every "SAD" scenario (bad status, bad header, bad JSON) but the one that succeeds.
func wantsError(name string) bool {
	if name == "LROSADsClient.BeginDelete204Succeeded" {
		return false
	}
	return strings.HasPrefix(name, "LROSADsClient.") || strings.Contains(name, "Failed") || strings.Contains(strings.ToLower(name), "canceled")
}

// gaps are the scenarios armgen's clients get wrong, with the reason.
var gaps = map[string]string{}

func TestLRO(t *testing.T) {
	o := opts(t)
	// The retry scenarios answer 500 once: they need the pipeline's retries.
	o.Retry.MaxRetries, o.Retry.RetryDelay = 3, time.Millisecond
	c, err := NewLROsClient(cred, o)
	if err != nil {
		t.Fatal(err)
	}
	sad, err := NewSADsClient(cred, o)
	if err != nil {
		t.Fatal(err)
	}
	retry, err := NewRetrysClient(cred, o)
	if err != nil {
		t.Fatal(err)
	}
	custom, err := NewLROsCustomHeaderClient(cred, o)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	hctx := policy.WithHTTPHeader(ctx, map[string][]string{"x-ms-client-request-id": {"9C4D50EE-2D56-4CD3-8152-34347DC9F2B0"}})
	cases := []struct {
		name string
		run  func() error
	}{
		{"LRORetrysClient.BeginDelete202Retry200", func() error { p, err := retry.BeginDelete202Retry200(ctx, nil); return done(ctx, p, err) }},
		{"LRORetrysClient.BeginDeleteAsyncRelativeRetrySucceeded", func() error {
			p, err := retry.BeginDeleteAsyncRelativeRetrySucceeded(ctx, nil)
			return done(ctx, p, err)
		}},
		{"LRORetrysClient.BeginDeleteProvisioning202Accepted200Succeeded", func() error {
			p, err := retry.BeginDeleteProvisioning202Accepted200Succeeded(ctx, nil)
			return done(ctx, p, err)
		}},
		{"LRORetrysClient.BeginPost202Retry200", func() error {
			p, err := retry.BeginPost202Retry200(ctx, &RetrysClientBeginPost202Retry200Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LRORetrysClient.BeginPostAsyncRelativeRetrySucceeded", func() error {
			p, err := retry.BeginPostAsyncRelativeRetrySucceeded(ctx, &RetrysClientBeginPostAsyncRelativeRetrySucceededOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LRORetrysClient.BeginPut201CreatingSucceeded200", func() error {
			p, err := retry.BeginPut201CreatingSucceeded200(ctx, &RetrysClientBeginPut201CreatingSucceeded200Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LRORetrysClient.BeginPutAsyncRelativeRetrySucceeded", func() error {
			p, err := retry.BeginPutAsyncRelativeRetrySucceeded(ctx, &RetrysClientBeginPutAsyncRelativeRetrySucceededOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginDelete202NoRetry204", func() error { p, err := c.BeginDelete202NoRetry204(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginDelete202Retry200", func() error { p, err := c.BeginDelete202Retry200(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginDelete204Succeeded", func() error { p, err := c.BeginDelete204Succeeded(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginDeleteAsyncNoHeaderInRetry", func() error { p, err := c.BeginDeleteAsyncNoHeaderInRetry(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginDeleteAsyncNoRetrySucceeded", func() error { p, err := c.BeginDeleteAsyncNoRetrySucceeded(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginDeleteAsyncRetryFailed", func() error { p, err := c.BeginDeleteAsyncRetryFailed(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginDeleteAsyncRetrySucceeded", func() error { p, err := c.BeginDeleteAsyncRetrySucceeded(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginDeleteAsyncRetrycanceled", func() error { p, err := c.BeginDeleteAsyncRetrycanceled(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginDeleteNoHeaderInRetry", func() error { p, err := c.BeginDeleteNoHeaderInRetry(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginDeleteProvisioning202Accepted200Succeeded", func() error {
			p, err := c.BeginDeleteProvisioning202Accepted200Succeeded(ctx, nil)
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginDeleteProvisioning202DeletingFailed200", func() error {
			p, err := c.BeginDeleteProvisioning202DeletingFailed200(ctx, nil)
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginDeleteProvisioning202Deletingcanceled200", func() error {
			p, err := c.BeginDeleteProvisioning202Deletingcanceled200(ctx, nil)
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPatch200SucceededIgnoreHeaders", func() error {
			p, err := c.BeginPatch200SucceededIgnoreHeaders(ctx, &LROsClientBeginPatch200SucceededIgnoreHeadersOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPatch201RetryWithAsyncHeader", func() error {
			p, err := c.BeginPatch201RetryWithAsyncHeader(ctx, &LROsClientBeginPatch201RetryWithAsyncHeaderOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPatch202RetryWithAsyncAndLocationHeader", func() error {
			p, err := c.BeginPatch202RetryWithAsyncAndLocationHeader(ctx, &LROsClientBeginPatch202RetryWithAsyncAndLocationHeaderOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPost200WithPayload", func() error { p, err := c.BeginPost200WithPayload(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginPost202List", func() error { p, err := c.BeginPost202List(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginPost202NoRetry204", func() error {
			p, err := c.BeginPost202NoRetry204(ctx, &LROsClientBeginPost202NoRetry204Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPost202Retry200", func() error {
			p, err := c.BeginPost202Retry200(ctx, &LROsClientBeginPost202Retry200Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPostAsyncNoRetrySucceeded", func() error {
			p, err := c.BeginPostAsyncNoRetrySucceeded(ctx, &LROsClientBeginPostAsyncNoRetrySucceededOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPostAsyncRetryFailed", func() error {
			p, err := c.BeginPostAsyncRetryFailed(ctx, &LROsClientBeginPostAsyncRetryFailedOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPostAsyncRetrySucceeded", func() error {
			p, err := c.BeginPostAsyncRetrySucceeded(ctx, &LROsClientBeginPostAsyncRetrySucceededOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPostAsyncRetrycanceled", func() error {
			p, err := c.BeginPostAsyncRetrycanceled(ctx, &LROsClientBeginPostAsyncRetrycanceledOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPostDoubleHeadersFinalAzureHeaderGet", func() error {
			p, err := c.BeginPostDoubleHeadersFinalAzureHeaderGet(ctx, nil)
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPostDoubleHeadersFinalAzureHeaderGetDefault", func() error {
			p, err := c.BeginPostDoubleHeadersFinalAzureHeaderGetDefault(ctx, nil)
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPostDoubleHeadersFinalLocationGet", func() error { p, err := c.BeginPostDoubleHeadersFinalLocationGet(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginPut200Acceptedcanceled200", func() error {
			p, err := c.BeginPut200Acceptedcanceled200(ctx, &LROsClientBeginPut200Acceptedcanceled200Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPut200Succeeded", func() error {
			p, err := c.BeginPut200Succeeded(ctx, &LROsClientBeginPut200SucceededOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPut200SucceededNoState", func() error {
			p, err := c.BeginPut200SucceededNoState(ctx, &LROsClientBeginPut200SucceededNoStateOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPut200UpdatingSucceeded204", func() error {
			p, err := c.BeginPut200UpdatingSucceeded204(ctx, &LROsClientBeginPut200UpdatingSucceeded204Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPut201CreatingFailed200", func() error {
			p, err := c.BeginPut201CreatingFailed200(ctx, &LROsClientBeginPut201CreatingFailed200Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPut201CreatingSucceeded200", func() error {
			p, err := c.BeginPut201CreatingSucceeded200(ctx, &LROsClientBeginPut201CreatingSucceeded200Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPut201Succeeded", func() error {
			p, err := c.BeginPut201Succeeded(ctx, &LROsClientBeginPut201SucceededOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPut202Retry200", func() error {
			p, err := c.BeginPut202Retry200(ctx, &LROsClientBeginPut202Retry200Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPutAsyncNoHeaderInRetry", func() error {
			p, err := c.BeginPutAsyncNoHeaderInRetry(ctx, &LROsClientBeginPutAsyncNoHeaderInRetryOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPutAsyncNoRetrySucceeded", func() error {
			p, err := c.BeginPutAsyncNoRetrySucceeded(ctx, &LROsClientBeginPutAsyncNoRetrySucceededOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPutAsyncNoRetrycanceled", func() error {
			p, err := c.BeginPutAsyncNoRetrycanceled(ctx, &LROsClientBeginPutAsyncNoRetrycanceledOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPutAsyncNonResource", func() error { p, err := c.BeginPutAsyncNonResource(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginPutAsyncRetryFailed", func() error {
			p, err := c.BeginPutAsyncRetryFailed(ctx, &LROsClientBeginPutAsyncRetryFailedOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPutAsyncRetrySucceeded", func() error {
			p, err := c.BeginPutAsyncRetrySucceeded(ctx, &LROsClientBeginPutAsyncRetrySucceededOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPutAsyncSubResource", func() error {
			p, err := c.BeginPutAsyncSubResource(ctx, &LROsClientBeginPutAsyncSubResourceOptions{Product: &SubProduct{}})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPutNoHeaderInRetry", func() error {
			p, err := c.BeginPutNoHeaderInRetry(ctx, &LROsClientBeginPutNoHeaderInRetryOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsClient.BeginPutNonResource", func() error { p, err := c.BeginPutNonResource(ctx, nil); return done(ctx, p, err) }},
		{"LROsClient.BeginPutSubResource", func() error {
			p, err := c.BeginPutSubResource(ctx, &LROsClientBeginPutSubResourceOptions{Product: &SubProduct{}})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginDelete202NonRetry400", func() error { p, err := sad.BeginDelete202NonRetry400(ctx, nil); return done(ctx, p, err) }},
		{"LROSADsClient.BeginDelete202RetryInvalidHeader", func() error { p, err := sad.BeginDelete202RetryInvalidHeader(ctx, nil); return done(ctx, p, err) }},
		{"LROSADsClient.BeginDelete204Succeeded", func() error { p, err := sad.BeginDelete204Succeeded(ctx, nil); return done(ctx, p, err) }},
		{"LROSADsClient.BeginDeleteAsyncRelativeRetry400", func() error { p, err := sad.BeginDeleteAsyncRelativeRetry400(ctx, nil); return done(ctx, p, err) }},
		{"LROSADsClient.BeginDeleteAsyncRelativeRetryInvalidHeader", func() error {
			p, err := sad.BeginDeleteAsyncRelativeRetryInvalidHeader(ctx, nil)
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginDeleteAsyncRelativeRetryInvalidJSONPolling", func() error {
			p, err := sad.BeginDeleteAsyncRelativeRetryInvalidJSONPolling(ctx, nil)
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginDeleteAsyncRelativeRetryNoStatus", func() error { p, err := sad.BeginDeleteAsyncRelativeRetryNoStatus(ctx, nil); return done(ctx, p, err) }},
		{"LROSADsClient.BeginDeleteNonRetry400", func() error { p, err := sad.BeginDeleteNonRetry400(ctx, nil); return done(ctx, p, err) }},
		{"LROSADsClient.BeginPost202NoLocation", func() error {
			p, err := sad.BeginPost202NoLocation(ctx, &SADsClientBeginPost202NoLocationOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPost202NonRetry400", func() error {
			p, err := sad.BeginPost202NonRetry400(ctx, &SADsClientBeginPost202NonRetry400Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPost202RetryInvalidHeader", func() error {
			p, err := sad.BeginPost202RetryInvalidHeader(ctx, &SADsClientBeginPost202RetryInvalidHeaderOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPostAsyncRelativeRetry400", func() error {
			p, err := sad.BeginPostAsyncRelativeRetry400(ctx, &SADsClientBeginPostAsyncRelativeRetry400Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPostAsyncRelativeRetryInvalidHeader", func() error {
			p, err := sad.BeginPostAsyncRelativeRetryInvalidHeader(ctx, &SADsClientBeginPostAsyncRelativeRetryInvalidHeaderOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPostAsyncRelativeRetryInvalidJSONPolling", func() error {
			p, err := sad.BeginPostAsyncRelativeRetryInvalidJSONPolling(ctx, &SADsClientBeginPostAsyncRelativeRetryInvalidJSONPollingOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPostAsyncRelativeRetryNoPayload", func() error {
			p, err := sad.BeginPostAsyncRelativeRetryNoPayload(ctx, &SADsClientBeginPostAsyncRelativeRetryNoPayloadOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPostNonRetry400", func() error {
			p, err := sad.BeginPostNonRetry400(ctx, &SADsClientBeginPostNonRetry400Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPut200InvalidJSON", func() error {
			p, err := sad.BeginPut200InvalidJSON(ctx, &SADsClientBeginPut200InvalidJSONOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPutAsyncRelativeRetry400", func() error {
			p, err := sad.BeginPutAsyncRelativeRetry400(ctx, &SADsClientBeginPutAsyncRelativeRetry400Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPutAsyncRelativeRetryInvalidHeader", func() error {
			p, err := sad.BeginPutAsyncRelativeRetryInvalidHeader(ctx, &SADsClientBeginPutAsyncRelativeRetryInvalidHeaderOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPutAsyncRelativeRetryInvalidJSONPolling", func() error {
			p, err := sad.BeginPutAsyncRelativeRetryInvalidJSONPolling(ctx, &SADsClientBeginPutAsyncRelativeRetryInvalidJSONPollingOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPutAsyncRelativeRetryNoStatus", func() error {
			p, err := sad.BeginPutAsyncRelativeRetryNoStatus(ctx, &SADsClientBeginPutAsyncRelativeRetryNoStatusOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPutAsyncRelativeRetryNoStatusPayload", func() error {
			p, err := sad.BeginPutAsyncRelativeRetryNoStatusPayload(ctx, &SADsClientBeginPutAsyncRelativeRetryNoStatusPayloadOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPutError201NoProvisioningStatePayload", func() error {
			p, err := sad.BeginPutError201NoProvisioningStatePayload(ctx, &SADsClientBeginPutError201NoProvisioningStatePayloadOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPutNonRetry201Creating400", func() error {
			p, err := sad.BeginPutNonRetry201Creating400(ctx, &SADsClientBeginPutNonRetry201Creating400Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPutNonRetry201Creating400InvalidJSON", func() error {
			p, err := sad.BeginPutNonRetry201Creating400InvalidJSON(ctx, &SADsClientBeginPutNonRetry201Creating400InvalidJSONOptions{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROSADsClient.BeginPutNonRetry400", func() error {
			p, err := sad.BeginPutNonRetry400(ctx, &SADsClientBeginPutNonRetry400Options{Product: product()})
			return done(ctx, p, err)
		}},
		{"LROsCustomHeaderClient.BeginPost202Retry200", func() error {
			p, err := custom.BeginPost202Retry200(hctx, &LROsCustomHeaderClientBeginPost202Retry200Options{Product: product()})
			return done(hctx, p, err)
		}},
		{"LROsCustomHeaderClient.BeginPostAsyncRetrySucceeded", func() error {
			p, err := custom.BeginPostAsyncRetrySucceeded(hctx, &LROsCustomHeaderClientBeginPostAsyncRetrySucceededOptions{Product: product()})
			return done(hctx, p, err)
		}},
		{"LROsCustomHeaderClient.BeginPut201CreatingSucceeded200", func() error {
			p, err := custom.BeginPut201CreatingSucceeded200(hctx, &LROsCustomHeaderClientBeginPut201CreatingSucceeded200Options{Product: product()})
			return done(hctx, p, err)
		}},
		{"LROsCustomHeaderClient.BeginPutAsyncRetrySucceeded", func() error {
			p, err := custom.BeginPutAsyncRetrySucceeded(hctx, &LROsCustomHeaderClientBeginPutAsyncRetrySucceededOptions{Product: product()})
			return done(hctx, p, err)
		}},
	}
	for _, tc := range cases {
		err := tc.run()
		switch {
		case gaps[tc.name] != "":
			t.Logf("known gap %s (%s): %v", tc.name, gaps[tc.name], err)
		case wantsError(tc.name):
			fails(t, tc.name, err)
		default:
			ok(t, tc.name, err)
		}
	}
}
