package custombaseurlpaging

import (
	"context"
	"net"
	"strings"
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

// Pagers on a parameterized host ("https://{accountName}{host}"). GetPagesPartialURL's
// next link "/paging/customurl/partialnextlink/page/2" is an absolute path, resolved against
// the URL of the request that returned it. GetPagesPartialURLOperation's next link
// "partialnextlinkop/page/2" goes to its next operation (x-ms-paths key
// "/paging/customurl/{nextLink}?Paging_getPagesPartialUrlOperationNext"), which puts it after
// /paging/customurl/ and adds the key's fixed query.
func TestCustomURLPaging(t *testing.T) {
	o, server, seen := hostOpts(t)
	name, port, err := net.SplitHostPort(server)
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewPagingClient(":"+port, cred, o)
	if err != nil {
		t.Fatal(err)
	}
	base := "https://" + server
	n, err := drain(c.NewGetPagesPartialURLPager(name, nil))
	eq(t, "GetPagesPartialURL pages", n, 2, err)
	n, err = drain(c.NewGetPagesPartialURLOperationPager(name, nil))
	eq(t, "GetPagesPartialURLOperation pages", n, 2, err)
	want := []string{
		base + "/paging/customurl/partialnextlink",
		base + "/paging/customurl/partialnextlink/page/2",
		base + "/paging/customurl/partialnextlinkop",
		base + "/paging/customurl/partialnextlinkop/page/2?Paging_getPagesPartialUrlOperationNext",
	}
	if strings.Join(*seen, "\n") != strings.Join(want, "\n") {
		t.Errorf("requests\n%s\nwant\n%s", strings.Join(*seen, "\n"), strings.Join(want, "\n"))
	}
}
