package keyvault

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
)

// format: unixtime and x-nullable: true of Key Vault 7.2's backuprestore.json: a backup
// job still running has a startTime in seconds and a null endTime. startTime reads as a
// time.Time in UTC, endTime as azcore's null value (not as absent), and both are written
// back as the service sent them.
func TestUnixtimeAndNullOfBackupStatus(t *testing.T) {
	const wire = `{"status":"InProgress","jobId":"45aacd568ab049a2803861e8dd3ae21f","startTime":1490790000,"endTime":null}`
	var op FullBackupOperation
	if err := json.Unmarshal([]byte(wire), &op); err != nil {
		t.Fatal(err)
	}
	if op.StartTime == nil || !op.StartTime.Equal(time.Date(2017, 3, 29, 12, 20, 0, 0, time.UTC)) || op.StartTime.Location() != time.UTC {
		t.Errorf("startTime = %v, want 2017-03-29 12:20:00 UTC", op.StartTime)
	}
	if !azcore.IsNullValue(op.EndTime) {
		t.Errorf("endTime = %v, want azcore's null value", op.EndTime)
	}
	out, err := json.Marshal(op)
	if err != nil {
		t.Fatal(err)
	}
	var got, want map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	_ = json.Unmarshal([]byte(wire), &want)
	if g, w := mustJSON(t, got), mustJSON(t, want); g != w {
		t.Errorf("re-encoded as %s, want %s", out, wire)
	}

	// Absent is not null: without endTime the field stays nil and is not written.
	var running FullBackupOperation
	if err := json.Unmarshal([]byte(`{"startTime":1490790000}`), &running); err != nil {
		t.Fatal(err)
	}
	if running.EndTime != nil {
		t.Errorf("absent endTime = %v, want nil", running.EndTime)
	}
	if out, _ := json.Marshal(running); strings.Contains(string(out), "endTime") {
		t.Errorf("absent endTime written: %s", out)
	}
}

// The same body on the wire: a service answering FullBackupStatus with a null endTime gives
// the client azcore's null value, and a non-integer startTime is an error.
func TestBackupStatusOnTheWire(t *testing.T) {
	body := `{"status":"InProgress","startTime":1490790000,"endTime":null}`
	client, err := NewClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{
		Transport: transportFunc(func(req *http.Request) (*http.Response, error) {
			if !strings.HasSuffix(req.URL.Path, "/backup/job1/pending") {
				t.Errorf("path %s", req.URL.Path)
			}
			return &http.Response{StatusCode: http.StatusOK, Header: http.Header{"Content-Type": {"application/json"}}, Body: io.NopCloser(strings.NewReader(body)), Request: req}, nil
		}),
		Retry: policy.RetryOptions{MaxRetries: -1},
	}})
	if err != nil {
		t.Fatal(err)
	}
	res, err := client.FullBackupStatus(context.Background(), "https://myvault.vault.azure.net", "job1", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !azcore.IsNullValue(res.EndTime) || res.StartTime == nil || res.StartTime.Unix() != 1490790000 {
		t.Errorf("got startTime %v, endTime %v", res.StartTime, res.EndTime)
	}
	body = `{"startTime":"2017-03-29T12:20:00Z"}`
	if _, err := client.FullBackupStatus(context.Background(), "https://myvault.vault.azure.net", "job1", nil); err == nil {
		t.Error("a startTime that is not an integer of seconds was accepted")
	}
}

type transportFunc func(*http.Request) (*http.Response, error)

func (f transportFunc) Do(req *http.Request) (*http.Response, error) { return f(req) }

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
