package armnetwork_test

// Hand-written tests of the generated fake package, run by TestClientsAgainstFakeARM in
// the generated package's folder. The import paths below are rewritten to the workspace's.

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	armnetwork "example.com/armgen/armnetwork"
	"example.com/armgen/armnetwork/fake"
)

func options(tr policy.Transporter) *arm.ClientOptions {
	return &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: tr}}
}

// TestFakePollerAndPathParameters: a long-running operation polls through the fake's
// non-terminal responses; the server function is called once, with the path parameters
// unescaped and the decoded body. (azcore's fake poller builds its polling URL from the
// unescaped path, so a name holding "?", "#" or "%" cannot be polled through a fake.)
func TestFakePollerAndPathParameters(t *testing.T) {
	calls := 0
	srv := &fake.PacketCapturesServer{
		BeginCreate: func(ctx context.Context, resourceGroupName, networkWatcherName, packetCaptureName string, parameters armnetwork.PacketCapture, options *armnetwork.PacketCapturesClientBeginCreateOptions) (resp azfake.PollerResponder[armnetwork.PacketCapturesClientCreateResponse], errResp azfake.ErrorResponder) {
			calls++
			if resourceGroupName != "rg/1" || packetCaptureName != "pc+1" || *parameters.Properties.Target != "vm1" {
				errResp.SetResponseError(http.StatusBadRequest, "BadArguments")
				return
			}
			resp.AddNonTerminalResponse(http.StatusCreated, nil)
			resp.AddNonTerminalResponse(http.StatusCreated, nil)
			resp.SetTerminalResponse(http.StatusCreated, armnetwork.PacketCapturesClientCreateResponse{
				PacketCaptureResult: armnetwork.PacketCaptureResult{Name: to.Ptr(packetCaptureName)},
			}, nil)
			return
		},
	}
	client, err := armnetwork.NewPacketCapturesClient("sub", &azfake.TokenCredential{}, options(fake.NewPacketCapturesServerTransport(srv)))
	if err != nil {
		t.Fatal(err)
	}
	body := armnetwork.PacketCapture{Properties: &armnetwork.PacketCaptureParameters{Target: to.Ptr("vm1"), StorageLocation: &armnetwork.PacketCaptureStorageLocation{StorageID: to.Ptr("sa")}}}
	poller, err := client.BeginCreate(context.Background(), "rg/1", "nw", "pc+1", body, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := poller.PollUntilDone(context.Background(), &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
	if err != nil || *res.Name != "pc+1" {
		t.Fatalf("result %+v, %v", res, err)
	}
	if calls != 1 {
		t.Errorf("server function called %d times, want 1", calls)
	}
}

// TestFakePagerAndFactory: pages added to a PagerResponder arrive in order through the
// next links the fake injects; a ServerFactory serves several clients.
func TestFakePagerAndFactory(t *testing.T) {
	srv := &fake.ServerFactory{
		FlowLogsServer: fake.FlowLogsServer{
			NewListPager: func(resourceGroupName, networkWatcherName string, options *armnetwork.FlowLogsClientListOptions) (resp azfake.PagerResponder[armnetwork.FlowLogsClientListResponse]) {
				for _, names := range [][]string{{"a", "b"}, {}, {"c"}} {
					page := armnetwork.FlowLogsClientListResponse{FlowLogListResult: armnetwork.FlowLogListResult{Value: []*armnetwork.FlowLog{}}}
					for _, n := range names {
						page.Value = append(page.Value, &armnetwork.FlowLog{Name: to.Ptr(n)})
					}
					resp.AddPage(http.StatusOK, page, nil)
				}
				return
			},
		},
		WatchersServer: fake.WatchersServer{
			Get: func(ctx context.Context, resourceGroupName, networkWatcherName string, options *armnetwork.WatchersClientGetOptions) (resp azfake.Responder[armnetwork.WatchersClientGetResponse], errResp azfake.ErrorResponder) {
				errResp.SetResponseError(http.StatusNotFound, "ResourceNotFound")
				return
			},
		},
	}
	tr := fake.NewServerFactoryTransport(srv)
	flowLogs, err := armnetwork.NewFlowLogsClient("sub", &azfake.TokenCredential{}, options(tr))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	pager := flowLogs.NewListPager("rg", "nw", nil)
	for pager.More() {
		page, err := pager.NextPage(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		for _, fl := range page.Value {
			names = append(names, *fl.Name)
		}
	}
	if strings.Join(names, ",") != "a,b,c" {
		t.Errorf("items %v", names)
	}

	watchers, err := armnetwork.NewWatchersClient("sub", &azfake.TokenCredential{}, options(tr))
	if err != nil {
		t.Fatal(err)
	}
	var re *azcore.ResponseError
	if _, err := watchers.Get(context.Background(), "rg", "nw", nil); !errors.As(err, &re) || re.ErrorCode != "ResourceNotFound" || re.StatusCode != http.StatusNotFound {
		t.Errorf("error responder: %v", err)
	}
	// A method whose fake is not filled in fails with a clear error, without retries.
	if _, err := watchers.UpdateTags(context.Background(), "rg", "nw", armnetwork.TagsObject{}, nil); err == nil || !strings.Contains(err.Error(), "fake for method UpdateTags not implemented") {
		t.Errorf("unimplemented fake: %v", err)
	}
}

// TestFakeRejectsUndeclaredStatus: a responder whose status the spec does not declare for
// the method is an error, so a fake cannot drift from the API.
func TestFakeRejectsUndeclaredStatus(t *testing.T) {
	srv := &fake.PacketCapturesServer{
		Get: func(ctx context.Context, resourceGroupName, networkWatcherName, packetCaptureName string, options *armnetwork.PacketCapturesClientGetOptions) (resp azfake.Responder[armnetwork.PacketCapturesClientGetResponse], errResp azfake.ErrorResponder) {
			resp.SetResponse(http.StatusAccepted, armnetwork.PacketCapturesClientGetResponse{}, nil)
			return
		},
	}
	client, err := armnetwork.NewPacketCapturesClient("sub", &azfake.TokenCredential{}, options(fake.NewPacketCapturesServerTransport(srv)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := client.Get(context.Background(), "rg", "nw", "pc", nil); err == nil || !strings.Contains(err.Error(), "unexpected status code 202") {
		t.Errorf("err = %v", err)
	}
}
