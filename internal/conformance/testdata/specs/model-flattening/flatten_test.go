package modelflattening

import (
	"context"
	"testing"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"
)

// armgen does not flatten x-ms-client-flatten properties or body parameters: the Go types
// nest as the JSON does (as the Azure SDK for Go does), so the wire forms the server checks
// are the models' own JSON.

// TestFlattenGets reads the flattening scenarios and checks that the nested properties decode.
func TestFlattenGets(t *testing.T) {
	ctx := context.Background()
	c, err := NewAutoRestResourceFlatteningTestServiceClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	a, err := c.GetArray(ctx, nil)
	eq(t, "GetArray items", len(a.FlattenedProductArray), 3, err)
	if err == nil && len(a.FlattenedProductArray) == 3 {
		p := a.FlattenedProductArray[0].Properties
		if p == nil || p.PName == nil || *p.PName != "Product1" || p.ProvisioningStateValues == nil || *p.ProvisioningStateValues != "OK" {
			t.Errorf("GetArray[0].properties: got %+v, want p.name Product1 and provisioningStateValues OK", p)
		}
	}
	d, err := c.GetDictionary(ctx, nil)
	eq(t, "GetDictionary items", len(d.Value), 3, err)
	if p := d.Value["Product1"].Properties; err == nil && (p == nil || p.Type == nil || *p.Type != "Flat") {
		t.Errorf("GetDictionary[Product1].properties: got %+v, want type Flat", p)
	}
	rc, err := c.GetResourceCollection(ctx, nil)
	ok(t, "GetResourceCollection", err)
	if err == nil && (len(rc.Arrayofresources) != 3 || len(rc.Dictionaryofresources) != 3 || rc.Productresource == nil || *rc.Productresource.Name != "Resource7") {
		t.Errorf("GetResourceCollection: got %d array items, %d dictionary items, product %+v", len(rc.Arrayofresources), len(rc.Dictionaryofresources), rc.Productresource)
	}
	// GetWrappedArray and PutWrappedArray are not called: the test server has no route for them.
}

func flat(location string, tags map[string]string, name string) FlattenedProduct {
	p := FlattenedProduct{Location: to.Ptr(location), Tags: ptrMap(tags)}
	if name != "" {
		p.Properties = &FlattenedProductProperties{PName: to.Ptr(name), Type: to.Ptr("Flat")}
	}
	return p
}

var tags = map[string]string{"tag1": "value1", "tag2": "value3"}

// TestFlattenPuts sends the bodies the server compares exactly.
func TestFlattenPuts(t *testing.T) {
	ctx := context.Background()
	c, err := NewAutoRestResourceFlatteningTestServiceClient(cred, opts(t))
	if err != nil {
		t.Fatal(err)
	}
	arr := []Resource{{Location: to.Ptr("West US"), Tags: ptrMap(tags)}, {Location: to.Ptr("Building 44")}}
	parr := ptrSlice(arr)
	_, err = c.PutArray(ctx, &AutoRestResourceFlatteningTestServiceClientPutArrayOptions{ResourceArray: &parr})
	ok(t, "PutArray", err)

	dict := map[string]FlattenedProduct{
		"Resource1": flat("West US", tags, "Product1"),
		"Resource2": flat("Building 44", nil, "Product2"),
	}
	pdict := ptrMap(dict)
	_, err = c.PutDictionary(ctx, &AutoRestResourceFlatteningTestServiceClientPutDictionaryOptions{ResourceDictionary: &pdict})
	ok(t, "PutDictionary", err)

	coll := ResourceCollection{
		Arrayofresources:      ptrSlice([]FlattenedProduct{flat("West US", tags, "Product1"), flat("East US", nil, "Product2")}),
		Dictionaryofresources: ptrMap(dict),
		Productresource:       to.Ptr(flat("India", nil, "Azure")),
	}
	_, err = c.PutResourceCollection(ctx, &AutoRestResourceFlatteningTestServiceClientPutResourceCollectionOptions{ResourceComplexObject: &coll})
	ok(t, "PutResourceCollection", err)

	product := func(generic *string) *SimpleProduct {
		return &SimpleProduct{
			ProductID:   to.Ptr("123"),
			Description: to.Ptr("product description"),
			Details: &SimpleProductProperties{
				MaxProductDisplayName: to.Ptr("max name"),
				Capacity:              to.Ptr(SimpleProductPropertiesCapacityLarge),
				MaxProductImage:       &ProductURL{ODataValue: to.Ptr("http://foo"), GenericValue: generic},
			},
		}
	}
	check := func(op string, got SimpleProduct, generic bool, err error) {
		t.Helper()
		if err != nil {
			t.Errorf("%s: %v", op, err)
			return
		}
		img := got.Details.MaxProductImage
		if *got.ProductID != "123" || *got.Details.MaxProductDisplayName != "max name" || *img.ODataValue != "http://foo" || (img.GenericValue != nil) != generic {
			t.Errorf("%s: response %+v %+v %+v", op, got, got.Details, img)
		}
	}
	r1, err := c.PutSimpleProduct(ctx, &AutoRestResourceFlatteningTestServiceClientPutSimpleProductOptions{SimpleBodyProduct: product(to.Ptr("https://generic"))})
	check("PutSimpleProduct", r1.SimpleProduct, true, err)
	r2, err := c.PostFlattenedSimpleProduct(ctx, &AutoRestResourceFlatteningTestServiceClientPostFlattenedSimpleProductOptions{SimpleBodyProduct: product(nil)})
	check("PostFlattenedSimpleProduct", r2.SimpleProduct, false, err)
	// x-ms-parameter-grouping with a body: the body and the path parameter are fields of
	// FlattenParameterGroup.
	r3, err := c.PutSimpleProductWithGrouping(ctx, FlattenParameterGroup{Name: "groupproduct", SimpleBodyProduct: product(nil)}, nil)
	check("PutSimpleProductWithGrouping", r3.SimpleProduct, false, err)
	_, err = c.PutSimpleProductWithGrouping(ctx, FlattenParameterGroup{Name: "other", SimpleBodyProduct: product(nil)}, nil)
	eq(t, "PutSimpleProductWithGrouping with another name (status)", status(err), 400, nil)
}
