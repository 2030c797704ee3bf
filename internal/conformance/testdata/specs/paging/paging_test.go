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
	c, err := NewPagingClient(cred, o)
	if err != nil {
		t.Fatal(err)
	}
	// The retry scenarios answer 500 once: they need the pipeline's retries.
	ro := *o
	ro.Retry.MaxRetries, ro.Retry.RetryDelay = 3, time.Millisecond
	rc, err := NewPagingClient(cred, &ro)
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
		{"GetOdataMultiplePages", func() (int, error) { return drain(c.NewGetOdataMultiplePagesPager(nil)) }, 10, false},
		{"GetMultiplePagesWithOffset", func() (int, error) { return drain(c.NewGetMultiplePagesWithOffsetPager(100, nil)) }, 10, false},
		{"GetMultiplePagesRetryFirst", func() (int, error) { return drain(rc.NewGetMultiplePagesRetryFirstPager(nil)) }, 10, false},
		{"GetMultiplePagesRetrySecond", func() (int, error) { return drain(rc.NewGetMultiplePagesRetrySecondPager(nil)) }, 10, false},
		{"GetSinglePagesFailure", func() (int, error) { return drain(c.NewGetSinglePagesFailurePager(nil)) }, 0, true},
		{"GetMultiplePagesFailure", func() (int, error) { return drain(c.NewGetMultiplePagesFailurePager(nil)) }, 1, true},
		{"GetMultiplePagesFailureURI", func() (int, error) { return drain(c.NewGetMultiplePagesFailureURIPager(nil)) }, 1, true},
		{"DuplicateParams", func() (int, error) {
			return drain(c.NewDuplicateParamsPager(&PagingClientDuplicateParamsOptions{Filter: ptr("foo eq 'bar'")}))
		}, 2, false},
		{"PageWithMaxPageSize", func() (int, error) { return drain(c.NewPageWithMaxPageSizePager(nil)) }, 1, false},
		// The first page is empty; its nextLink "/paging/firstResponseEmpty/2" is relative.
		{"FirstResponseEmpty", func() (int, error) { return drain(c.NewFirstResponseEmptyPager(nil)) }, 2, false},
	}
	// Known gaps of armgen's pagers: the first page is fetched, the next fails.
	gaps := map[string]func() (int, error){
		// x-ms-pageable operationName (a next operation with its own query) is not implemented.
		"GetWithQueryParams": func() (int, error) { return drain(c.NewGetWithQueryParamsPager(100, nil)) },
		// The next link lacks api-version, which the client is expected to add (or replace).
		"AppendAPIVersion":  func() (int, error) { return drain(c.NewAppendAPIVersionPager(nil)) },
		"ReplaceAPIVersion": func() (int, error) { return drain(c.NewReplaceAPIVersionPager(nil)) },
	}
	for name, pages := range gaps {
		n, err := pages()
		t.Logf("known gap %s: %d pages, %v", name, n, err)
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
