package xmlservice

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
)

func slideshow() Slideshow {
	return Slideshow{
		Title: to.Ptr("Sample Slide Show"), Date: to.Ptr("Date of publication"), Author: to.Ptr("Yours Truly"),
		Slides: ptrSlice([]Slide{
			{Type: to.Ptr("all"), Title: to.Ptr("Wake up to WonderWidgets!")},
			{Type: to.Ptr("all"), Title: to.Ptr("Overview"), Items: ptrSlice([]string{"Why WonderWidgets are great", "", "Who buys WonderWidgets"})},
		}),
	}
}

func bananas(n int) []Banana {
	all := []Banana{
		{Name: to.Ptr("Cavendish"), Flavor: to.Ptr("Sweet"), Expiration: to.Ptr(time.Date(2018, 2, 28, 0, 40, 0, 123e6, time.UTC))},
		{Name: to.Ptr("Plantain"), Flavor: to.Ptr("Savory"), Expiration: to.Ptr(time.Date(2018, 2, 28, 0, 40, 0, 123e6, time.UTC))},
	}
	return all[:n]
}

func serviceProperties() StorageServiceProperties {
	rp := func() *RetentionPolicy { return &RetentionPolicy{Enabled: to.Ptr(true), Days: to.Ptr[int32](7)} }
	return StorageServiceProperties{
		Logging:       &Logging{Version: to.Ptr("1.0"), Delete: to.Ptr(true), Read: to.Ptr(false), Write: to.Ptr(true), RetentionPolicy: rp()},
		HourMetrics:   &Metrics{Version: to.Ptr("1.0"), Enabled: to.Ptr(true), IncludeAPIs: to.Ptr(false), RetentionPolicy: rp()},
		MinuteMetrics: &Metrics{Version: to.Ptr("1.0"), Enabled: to.Ptr(true), IncludeAPIs: to.Ptr(true), RetentionPolicy: rp()},
	}
}

func acls() []SignedIdentifier {
	return []SignedIdentifier{{
		ID: to.Ptr("MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI="),
		AccessPolicy: &AccessPolicy{
			Start:      to.Ptr(time.Date(2009, 9, 28, 8, 49, 37, 123e6, time.UTC)),
			Expiry:     to.Ptr(time.Date(2009, 9, 29, 8, 49, 37, 123e6, time.UTC)),
			Permission: to.Ptr("rwd"),
		},
	}}
}

// same reports got != want after a call.
func same(t *testing.T, op string, got, want any, err error) {
	t.Helper()
	if err != nil {
		t.Errorf("%s: %v", op, err)
	} else if !reflect.DeepEqual(got, want) {
		t.Errorf("%s:\n got %#v\nwant %#v", op, got, want)
	}
}

// TestXML reads every XML body the server sends and compares it with the models the spec
// describes, and sends the same models back, which the server compares with its XML.
func TestXML(t *testing.T) {
	ctx := context.Background()
	c, err := NewXMLClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	var e error

	s, err := c.GetSimple(ctx, nil)
	same(t, "GetSimple", s.Slideshow, slideshow(), err)
	_, e = c.PutSimple(ctx, slideshow(), nil)
	ok(t, "PutSimple", e)

	barrel := AppleBarrel{GoodApples: ptrSlice([]string{"Fuji", "Gala"}), BadApples: ptrSlice([]string{"Red Delicious"})}
	w, err := c.GetWrappedLists(ctx, nil)
	same(t, "GetWrappedLists", w.AppleBarrel, barrel, err)
	_, e = c.PutWrappedLists(ctx, barrel, nil)
	ok(t, "PutWrappedLists", e)

	el, err := c.GetEmptyList(ctx, nil)
	same(t, "GetEmptyList", el.Slideshow, Slideshow{}, err)
	_, e = c.PutEmptyList(ctx, Slideshow{}, nil)
	ok(t, "PutEmptyList", e)

	empty := AppleBarrel{GoodApples: ptrSlice([]string{}), BadApples: ptrSlice([]string{})}
	ew, err := c.GetEmptyWrappedLists(ctx, nil)
	same(t, "GetEmptyWrappedLists", ew.AppleBarrel, empty, err)
	_, e = c.PutEmptyWrappedLists(ctx, empty, nil)
	ok(t, "PutEmptyWrappedLists", e)

	rl, err := c.GetRootList(ctx, nil)
	same(t, "GetRootList", rl.BananaArray, ptrSlice(bananas(2)), err)
	_, e = c.PutRootList(ctx, ptrSlice(bananas(2)), nil)
	ok(t, "PutRootList", e)
	rs, err := c.GetRootListSingleItem(ctx, nil)
	same(t, "GetRootListSingleItem", rs.BananaArray, ptrSlice(bananas(1)), err)
	_, e = c.PutRootListSingleItem(ctx, ptrSlice(bananas(1)), nil)
	ok(t, "PutRootListSingleItem", e)
	er, err := c.GetEmptyRootList(ctx, nil)
	same(t, "GetEmptyRootList", er.BananaArray, ptrSlice([]Banana{}), err)
	_, e = c.PutEmptyRootList(ctx, ptrSlice([]Banana{}), nil)
	ok(t, "PutEmptyRootList", e)

	unknown := Banana{Name: to.Ptr("Unknown Banana"), Flavor: to.Ptr(""), Expiration: to.Ptr(time.Date(2012, 2, 24, 0, 53, 52, 789e6, time.UTC))}
	ec, err := c.GetEmptyChildElement(ctx, nil)
	same(t, "GetEmptyChildElement", ec.Banana, unknown, err)
	_, e = c.PutEmptyChildElement(ctx, unknown, nil)
	ok(t, "PutEmptyChildElement", e)

	noMeta := RootWithRefAndNoMeta{RefToModel: &ComplexTypeNoMeta{ID: to.Ptr("myid")}, Something: to.Ptr("else")}
	nm, err := c.GetComplexTypeRefNoMeta(ctx, nil)
	same(t, "GetComplexTypeRefNoMeta", nm.RootWithRefAndNoMeta, noMeta, err)
	_, e = c.PutComplexTypeRefNoMeta(ctx, noMeta, nil)
	ok(t, "PutComplexTypeRefNoMeta", e)
	withMeta := RootWithRefAndMeta{RefToModel: &ComplexTypeWithMeta{ID: to.Ptr("myid")}, Something: to.Ptr("else")}
	wm, err := c.GetComplexTypeRefWithMeta(ctx, nil)
	same(t, "GetComplexTypeRefWithMeta", wm.RootWithRefAndMeta, withMeta, err)
	_, e = c.PutComplexTypeRefWithMeta(ctx, withMeta, nil)
	ok(t, "PutComplexTypeRefWithMeta", e)

	sp, err := c.GetServiceProperties(ctx, nil)
	same(t, "GetServiceProperties", sp.StorageServiceProperties, serviceProperties(), err)
	_, e = c.PutServiceProperties(ctx, serviceProperties(), nil)
	ok(t, "PutServiceProperties", e)

	a, err := c.GetACLs(ctx, nil)
	same(t, "GetACLs", a.SignedIdentifierArray, ptrSlice(acls()), err)
	_, e = c.PutACLs(ctx, ptrSlice(acls()), nil)
	ok(t, "PutACLs", e)

	lc, err := c.ListContainers(ctx, nil)
	if err != nil {
		t.Errorf("ListContainers: %v", err)
	} else {
		if len(lc.Containers) != 3 || *lc.ServiceEndpoint != "https://myaccount.blob.core.windows.net/" || *lc.NextMarker != "video" || *lc.MaxResults != 3 {
			t.Errorf("ListContainers: got %+v", lc.ListContainersResponse)
		} else if p := lc.Containers[0].Properties; *lc.Containers[0].Name != "audio" || *p.Etag != "0x8CACB9BD7C6B1B2" || *p.LastModified != "Wed, 26 Oct 2016 20:39:39 GMT" || *p.PublicAccess != PublicAccessTypeContainer {
			t.Errorf("ListContainers[0]: got %+v %+v", lc.Containers[0], p)
		}
	}

	lb, err := c.ListBlobs(ctx, nil)
	if err != nil {
		t.Errorf("ListBlobs: %v", err)
	} else if lb.Blobs == nil || len(lb.Blobs.Blob) != 5 || *lb.ContainerName != "https://myaccount.blob.core.windows.net/mycontainer" {
		t.Errorf("ListBlobs: got %+v", lb.ListBlobsResponse)
	} else {
		b := lb.Blobs.Blob[4]
		if *b.Name != "blob3.txt" || *b.Properties.ContentLength != 16384 || *b.Properties.BlobSequenceNumber != 3 || *b.Properties.BlobType != BlobTypePageBlob || b.Metadata["Color"] == nil || *b.Metadata["Color"] != "yellow" || len(b.Metadata) != 3 {
			t.Errorf("ListBlobs[4]: got %+v %+v", b, b.Properties)
		}
		if got := lb.Blobs.Blob[1].Metadata["x-ms-invalid-name"]; got == nil || *got != "nasdf$@#$$" {
			t.Errorf("ListBlobs[1] metadata x-ms-invalid-name: got %q", val(got))
		}
	}

	// jsonInput/jsonOutput consume/produce JSON in an XML spec.
	_, e = c.JSONInput(ctx, JSONInput{ID: to.Ptr[int32](42)}, nil)
	ok(t, "JSONInput", e)
	jo, err := c.JSONOutput(ctx, nil)
	if err != nil || jo.ID == nil || *jo.ID != 42 {
		t.Errorf("JSONOutput: got %+v, %v", jo, err)
	}

	x, err := c.GetXMsText(ctx, nil)
	same(t, "GetXMsText", x.ObjectWithXMsTextProperty, ObjectWithXMsTextProperty{Language: to.Ptr("english"), Content: to.Ptr("I am text")}, err)

	_, e = c.GetHeaders(ctx, nil)
	ok(t, "GetHeaders", e)
	// GetBytes, PutBinary, GetURI and PutURI are not called: this server version has no
	// route for /xml/bytes or /xml/url.
}
