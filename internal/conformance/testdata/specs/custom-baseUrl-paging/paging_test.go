package custombaseurlpaging

import (
	"context"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

// drain reads every page of p and returns how many it read and the first error.
func drain[T any](p *runtime.Pager[T]) (int, error) {
	n := 0
	for p.More() {
		if _, err := p.NextPage(context.Background()); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// Relative next links, resolved against the URL of the request that returned them. The
// spec's x-ms-parameterized-host ({accountName}{host}) is ignored: the client calls the
// endpoint of its options, the test server. The second pager's spec names a next operation
// (path /paging/customurl/{nextLink}); armgen follows the link itself, which resolves to
// the same URL.
func TestCustomURLPaging(t *testing.T) {
	c, err := NewPagingClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	// nextLink "/paging/customurl/partialnextlink/page/2": an absolute path.
	n, err := drain(c.NewGetPagesPartialURLPager(nil))
	eq(t, "GetPagesPartialURL pages", n, 2, err)
	// nextLink "partialnextlinkop/page/2": a path relative to /paging/customurl/partialnextlinkop.
	n, err = drain(c.NewGetPagesPartialURLOperationPager(nil))
	eq(t, "GetPagesPartialURLOperation pages", n, 2, err)
}
