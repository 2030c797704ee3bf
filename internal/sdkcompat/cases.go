package sdkcompat

// The SDK modules the tests and README measure, with the spec each was generated from.
const (
	// SDKPrefix is where the Azure SDK for Go's resource-manager modules live.
	SDKPrefix = "github.com/Azure/azure-sdk-for-go/sdk/resourcemanager/"
	// NetworkModule (v1.1.0) was generated from Network 2022-01-01 (its autorest.md names
	// the spec commit); generated/network/2022-01-01/armnetwork is armgen's package of its
	// networkWatcher.json.
	NetworkModule, NetworkVersion = SDKPrefix + "network/armnetwork", "v1.1.0"
	// MSIModule (v1.3.0) was generated from msi 2024-11-30 (tag package-2024-11-30).
	MSIModule, MSIVersion = SDKPrefix + "msi/armmsi", "v1.3.0"
	// StorageModule (v1.8.1) was generated from Storage 2024-01-01; the mirror has
	// 2021-02-01, whose API its fake example test also uses.
	StorageModule, StorageVersion = SDKPrefix + "storage/armstorage", "v1.8.1"
)

// NetworkWatcherExamples are armnetwork's example tests of the four network-watcher
// clients (38 Example functions).
var NetworkWatcherExamples = []string{
	"packetcaptures_client_example_test.go",
	"watchers_client_example_test.go",
	"connectionmonitors_client_example_test.go",
	"flowlogs_client_example_test.go",
}
