package validation_test

import (
	"errors"
	"fmt"

	"github.com/armgen/armgen/runtime/validation"
)

// A generated Validate method reports every problem of a value at once; the
// caller gets them back with errors.As.
func Example() {
	m := validPacketCapture()
	m.Properties.Filters[0].LocalIPAddress = ptr("10.0.0.1-10.0.0.9;10.0.0.20")
	m.Properties.StorageLocation.FilePath = ptr("/home/me/pc1.cap")
	err := m.Validate()

	var ve validation.Errors
	if errors.As(err, &ve) {
		for _, e := range ve {
			fmt.Printf("%s [%s]\n", e.Path, e.Rule)
		}
	}
	fmt.Println(err)
	// Output:
	// properties.storageLocation.filePath [storageLocation]
	// properties.filters[0].localIPAddress [ipFilter]
	// properties.storageLocation.filePath: storageLocation: must be under /var/captures on a Linux VM, got "/home/me/pc1.cap"
	// properties.filters[0].localIPAddress: ipFilter: must not mix a range with a list: write one range, or a list of single IP addresses, got "10.0.0.1-10.0.0.9;10.0.0.20"
}

// Hand-written checks record problems with Errors.Add, at a Path built the
// same way generated code builds it.
func ExampleErrors_Add() {
	var errs validation.Errors
	p := validation.Root("parameters").Field("properties").Field("tags").Key("cost center")
	errs.Add(p, "tagValue", "must not be empty", "")
	fmt.Println(errs.Err())
	// Output:
	// parameters.properties.tags["cost center"]: tagValue: must not be empty, got ""
}

// The rules that a rules file may attach to a spec, with their documentation.
func ExampleRules() {
	for _, r := range validation.Rules()[:3] {
		fmt.Printf("%s -> validation.%s (%s)\n", r.Name, r.Func, r.Kind)
	}
	// Output:
	// armResourceID -> validation.ARMResourceID (property)
	// flowLogFormatVersion -> validation.FlowLogFormatVersion (property)
	// format.arm-id -> validation.ARMID (property)
}
