package enums_test

import (
	"context"
	"net/http"
	"reflect"
	"testing"

	"example.org/golden/enums"
	"example.org/golden/enums/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
)

// recorder remembers the URL and headers of the requests it passes on.
type recorder struct {
	next policy.Transporter
	reqs []*http.Request
}

func (r *recorder) Do(req *http.Request) (*http.Response, error) {
	r.reqs = append(r.reqs, req)
	return r.next.Do(req)
}

// TestEnumParameters: parameters whose values x-ms-enum names are typed with that enum, go
// on the wire as their values (an array joined by its collectionFormat), and reach the
// fake server's handler as the same typed values.
func TestEnumParameters(t *testing.T) {
	var got *enums.ThingsClientPutOptions
	srv := &fake.ThingsServer{Put: func(_ context.Context, name string, body enums.Root, options *enums.ThingsClientPutOptions) (resp azfake.Responder[enums.ThingsClientPutResponse], errResp azfake.ErrorResponder) {
		got = options
		resp.SetResponse(http.StatusOK, enums.ThingsClientPutResponse{Root: body}, nil)
		return
	}}
	rec := &recorder{next: fake.NewThingsServerTransport(srv)}
	client, err := enums.NewThingsClient("sub1", &azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: rec}})
	if err != nil {
		t.Fatal(err)
	}
	opts := &enums.ThingsClientPutOptions{
		SyncMode: to.Ptr(enums.SyncModeTrue),
		XMSLevel: to.Ptr(enums.HeaderLevelTwo),
		Switches: []enums.Switch{enums.SwitchOn, enums.SwitchOff},
		Plain:    to.Ptr("y"),
	}
	if _, err := client.Put(context.Background(), "thing1", enums.Root{Closed: to.Ptr(enums.SwitchOn)}, opts); err != nil {
		t.Fatal(err)
	}
	q := rec.reqs[0].URL.Query()
	// The clients set headers under the spec's spelling, as the SDK's do (no Header.Get).
	level := rec.reqs[0].Header["x-ms-level"]
	if q.Get("syncMode") != "true" || q.Get("switches") != "On,Off" || q.Get("plain") != "y" || len(level) != 1 || level[0] != "2" {
		t.Errorf("request %s, x-ms-level %q", rec.reqs[0].URL, level)
	}
	if got == nil || *got.SyncMode != enums.SyncModeTrue || *got.XMSLevel != enums.HeaderLevelTwo || !reflect.DeepEqual(got.Switches, opts.Switches) {
		t.Errorf("the fake's handler got %+v", got)
	}
	if vals := enums.PossibleSyncModeValues(); len(vals) != 1 || vals[0] != enums.SyncModeTrue {
		t.Errorf("PossibleSyncModeValues() = %v", vals)
	}
}
