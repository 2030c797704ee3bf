package paging

import (
	"context"
	"testing"
	"time"

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

func TestPaging(t *testing.T) {
	o := opts(t)
	c, err := NewClient(cred, o)
	if err != nil {
		t.Fatal(err)
	}
	// The retry scenarios answer 500 once: they need the pipeline's retries.
	ro := *o
	ro.Retry.MaxRetries, ro.Retry.RetryDelay = 3, time.Millisecond
	rc, err := NewClient(cred, &ro)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name    string
		pages   func() (int, error)
		want    int
		wantErr bool
	}{
		{"GetNoItemNamePages", func() (int, error) { return drain(c.NewGetNoItemNamePagesPager(nil)) }, 1, false},
		{"GetNullNextLinkNamePages", func() (int, error) { return drain(c.NewGetNullNextLinkNamePagesPager(nil)) }, 1, false},
		{"GetEmptyNextLinkNamePages", func() (int, error) { return drain(c.NewGetEmptyNextLinkNamePagesPager(nil)) }, 1, false},
		{"GetSinglePages", func() (int, error) { return drain(c.NewGetSinglePagesPager(nil)) }, 1, false},
		{"GetMultiplePages", func() (int, error) { return drain(c.NewGetMultiplePagesPager(nil)) }, 10, false},
		{"GetOdataMultiplePages", func() (int, error) { return drain(c.NewGetODataMultiplePagesPager(nil)) }, 10, false},
		{"GetMultiplePagesWithOffset", func() (int, error) { return drain(c.NewGetMultiplePagesWithOffsetPager(100, nil)) }, 10, false},
		{"GetMultiplePagesRetryFirst", func() (int, error) { return drain(rc.NewGetMultiplePagesRetryFirstPager(nil)) }, 10, false},
		{"GetMultiplePagesRetrySecond", func() (int, error) { return drain(rc.NewGetMultiplePagesRetrySecondPager(nil)) }, 10, false},
		{"GetSinglePagesFailure", func() (int, error) { return drain(c.NewGetSinglePagesFailurePager(nil)) }, 0, true},
		{"GetMultiplePagesFailure", func() (int, error) { return drain(c.NewGetMultiplePagesFailurePager(nil)) }, 1, true},
		{"GetMultiplePagesFailureURI", func() (int, error) { return drain(c.NewGetMultiplePagesFailureURIPager(nil)) }, 1, true},
		{"DuplicateParams", func() (int, error) {
			return drain(c.NewDuplicateParamsPager(&ClientDuplicateParamsOptions{Filter: ptr("foo eq 'bar'")}))
		}, 2, false},
		{"PageWithMaxPageSize", func() (int, error) { return drain(c.NewPageWithMaxPageSizePager(nil)) }, 1, false},
		// The first page is empty; its nextLink "/paging/firstResponseEmpty/2" is relative.
		{"FirstResponseEmpty", func() (int, error) { return drain(c.NewFirstResponseEmptyPager(nil)) }, 2, false},
		// The next operation (x-ms-pageable operationName) has its own path; it sends the
		// constant queryConstant itself.
		{"GetWithQueryParams", func() (int, error) { return drain(c.NewGetWithQueryParamsPager(100, nil)) }, 2, false},
		// The next link lacks api-version: the client adds its own.
		{"AppendAPIVersion", func() (int, error) { return drain(c.NewAppendAPIVersionPager(nil)) }, 2, false},
		// The next link carries Api-Version=notMe: the client's replaces it; the other query
		// parameters keep their values.
		{"ReplaceAPIVersion", func() (int, error) { return drain(c.NewReplaceAPIVersionPager(nil)) }, 2, false},
		// The next link "next?page=2" is a fragment that the next operation puts after
		// /paging/multiple/fragment/{tenant}/, with api_version and tenant again (as a parameter
		// group in the second case).
		{"GetMultiplePagesFragmentNextLink", func() (int, error) {
			return drain(c.NewGetMultiplePagesFragmentNextLinkPager("1.6", "test_user", nil))
		}, 10, false},
		{"GetMultiplePagesFragmentWithGroupingNextLink", func() (int, error) {
			return drain(c.NewGetMultiplePagesFragmentWithGroupingNextLinkPager(CustomParameterGroup{APIVersion: "1.6", Tenant: "test_user"}, nil))
		}, 10, false},
		// An x-ms-paths operation.
		{"GetPagingModelWithItemNameWithXMSClientName", func() (int, error) {
			return drain(c.NewGetPagingModelWithItemNameWithXMSClientNamePager(nil))
		}, 1, false},
		// A GET with a body.
		{"GetSinglePagesWithBodyParams", func() (int, error) {
			return drain(c.NewGetSinglePagesWithBodyParamsPager(BodyParam{Name: ptr("body")}, nil))
		}, 1, false},
		// A long-running operation whose result is the first page (armgen returns that page
		// only: a pageable long-running operation is treated as long-running).
		{"GetMultiplePagesLRO", func() (int, error) {
			p, err := c.BeginGetMultiplePagesLRO(context.Background(), nil)
			if err != nil {
				return 0, err
			}
			res, err := p.PollUntilDone(context.Background(), &runtime.PollUntilDoneOptions{Frequency: time.Millisecond})
			if err != nil {
				return 0, err
			}
			return len(res.Values), nil
		}, 1, false},
	}
	for _, tc := range cases {
		n, err := tc.pages()
		switch {
		case tc.wantErr && err == nil:
			t.Errorf("%s: no error after %d pages, want one", tc.name, n)
		case !tc.wantErr && err != nil:
			t.Errorf("%s: page %d: %v", tc.name, n+1, err)
		case n != tc.want:
			t.Errorf("%s: %d pages, want %d", tc.name, n, tc.want)
		}
	}
}

func ptr[T any](v T) *T { return &v }
