package xmlservice_test

// Hand-written test of XML bodies through the generated client and fake package of the
// test server's xml-service.json, run by TestXMLFake. The import paths below are rewritten
// to the workspace's.

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/arm"
	azfake "github.com/Azure/azure-sdk-for-go/sdk/azcore/fake"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	xs "example.com/armgen/xmlservice"
	"example.com/armgen/xmlservice/fake"
)

// tap records each request body on its way to the fake transport.
type tap struct {
	next   policy.Transporter
	bodies []string
}

func (t *tap) Do(req *http.Request) (*http.Response, error) {
	if req.Body != nil {
		b, _ := io.ReadAll(req.Body)
		t.bodies = append(t.bodies, string(b))
		req.Body = io.NopCloser(bytes.NewReader(b))
	}
	return t.next.Do(req)
}

func TestXMLRoundTrip(t *testing.T) {
	barrel := xs.AppleBarrel{GoodApples: []*string{to.Ptr("Fuji"), to.Ptr("Gala")}, BadApples: []*string{}}
	show := xs.Slideshow{Title: to.Ptr("T"), Slides: []*xs.Slide{{Type: to.Ptr("all"), Items: []*string{to.Ptr("a"), to.Ptr("")}}}}
	bananas := []*xs.Banana{{Name: to.Ptr("Cavendish")}, {Name: to.Ptr("Plantain"), Flavor: to.Ptr("")}}
	var gotBarrel xs.AppleBarrel
	var gotShow xs.Slideshow
	var gotBananas []*xs.Banana
	srv := &fake.XMLServer{
		PutWrappedLists: func(ctx context.Context, b xs.AppleBarrel, options *xs.XMLClientPutWrappedListsOptions) (resp azfake.Responder[xs.XMLClientPutWrappedListsResponse], errResp azfake.ErrorResponder) {
			gotBarrel = b
			resp.SetResponse(http.StatusCreated, xs.XMLClientPutWrappedListsResponse{}, nil)
			return
		},
		GetWrappedLists: func(ctx context.Context, options *xs.XMLClientGetWrappedListsOptions) (resp azfake.Responder[xs.XMLClientGetWrappedListsResponse], errResp azfake.ErrorResponder) {
			resp.SetResponse(http.StatusOK, xs.XMLClientGetWrappedListsResponse{AppleBarrel: barrel}, nil)
			return
		},
		PutSimple: func(ctx context.Context, s xs.Slideshow, options *xs.XMLClientPutSimpleOptions) (resp azfake.Responder[xs.XMLClientPutSimpleResponse], errResp azfake.ErrorResponder) {
			gotShow = s
			resp.SetResponse(http.StatusCreated, xs.XMLClientPutSimpleResponse{}, nil)
			return
		},
		PutRootList: func(ctx context.Context, b []*xs.Banana, options *xs.XMLClientPutRootListOptions) (resp azfake.Responder[xs.XMLClientPutRootListResponse], errResp azfake.ErrorResponder) {
			gotBananas = b
			resp.SetResponse(http.StatusCreated, xs.XMLClientPutRootListResponse{}, nil)
			return
		},
		GetRootList: func(ctx context.Context, options *xs.XMLClientGetRootListOptions) (resp azfake.Responder[xs.XMLClientGetRootListResponse], errResp azfake.ErrorResponder) {
			resp.SetResponse(http.StatusOK, xs.XMLClientGetRootListResponse{BananaArray: bananas}, nil)
			return
		},
	}
	tp := &tap{next: fake.NewXMLServerTransport(srv)}
	c, err := xs.NewXMLClient(&azfake.TokenCredential{}, &arm.ClientOptions{ClientOptions: policy.ClientOptions{Transport: tp}})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()

	if _, err := c.PutWrappedLists(ctx, barrel, nil); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotBarrel, barrel) {
		t.Errorf("PutWrappedLists: the server got %#v, want %#v", gotBarrel, barrel)
	}
	if want := `<AppleBarrel><BadApples></BadApples><GoodApples><Apple>Fuji</Apple><Apple>Gala</Apple></GoodApples></AppleBarrel>`; !strings.HasSuffix(tp.bodies[0], want) {
		t.Errorf("PutWrappedLists body:\n got %s\nwant ...%s", tp.bodies[0], want)
	}
	g, err := c.GetWrappedLists(ctx, nil)
	if err != nil || !reflect.DeepEqual(g.AppleBarrel, barrel) {
		t.Errorf("GetWrappedLists: got %#v, %v", g.AppleBarrel, err)
	}

	if _, err := c.PutSimple(ctx, show, nil); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotShow, show) {
		t.Errorf("PutSimple: the server got %#v, want %#v", gotShow, show)
	}
	if want := `<slideshow title="T"><slide type="all"><item>a</item><item></item></slide></slideshow>`; !strings.HasSuffix(tp.bodies[1], want) {
		t.Errorf("PutSimple body:\n got %s\nwant ...%s", tp.bodies[1], want)
	}

	if _, err := c.PutRootList(ctx, bananas, nil); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(gotBananas, bananas) {
		t.Errorf("PutRootList: the server got %#v", gotBananas)
	}
	if want := `<bananas><banana><name>Cavendish</name></banana><banana><flavor></flavor><name>Plantain</name></banana></bananas>`; !strings.HasSuffix(tp.bodies[2], want) {
		t.Errorf("PutRootList body:\n got %s\nwant ...%s", tp.bodies[2], want)
	}
	r, err := c.GetRootList(ctx, nil)
	if err != nil || !reflect.DeepEqual(r.BananaArray, bananas) {
		t.Errorf("GetRootList: got %#v, %v", r.BananaArray, err)
	}
}
