package diff

import (
	"os"
	"reflect"
	"strings"
	"testing"
)

// TestRules runs every synthetic case under testdata/rules: an old and a new spec that
// differ by one kind of change, and the changes (with their classification) expected.
func TestRules(t *testing.T) {
	want := map[string][]string{
		"definition_moved_to_another_file":           nil,
		"inline_enum_and_model_moved_to_definitions": nil,
		"enum_value_added_closed": {
			"AddedEnumValue enum Color green -",         // request enum: clients never receive it
			"AddedEnumValue enum State Paused breaking", // response enum, closed: clients meet an unknown value
		},
		"enum_value_added_open": {
			"AddedEnumValue enum Color green -",
			"AddedEnumValue enum State Paused -",
		},
		"enum_value_removed": {
			"RemovedEnumValue enum Color blue breaking",
			"RemovedEnumValue enum State Off breaking",
		},
		"final_state_via_changed": {
			"ChangedFinalStateVia operation Widgets_Create final-state-via breaking",
		},
		"long_running_toggled": {
			"ChangedLongRunning operation Widgets_Create x-ms-long-running-operation breaking",
		},
		"model_as_string_closed_to_open": {
			"ChangedModelAsString enum Color -",
			"ChangedModelAsString enum State breaking",
		},
		"model_as_string_open_to_closed": {
			"ChangedModelAsString enum Color breaking",
			"ChangedModelAsString enum State -",
		},
		"operations_added_removed_renamed": {
			"AddedOperation operation Widgets_Delete -",
			"RemovedOperation operation Widgets_Get breaking",
			"ChangedOperationId operation Widgets_ListAll breaking",
		},
		"optional_property_added": {
			"AddedProperty model WidgetInput label -",
			"AddedProperty model WidgetOutput label -",
		},
		"pageable_toggled": {
			"ChangedPageable operation Widgets_List x-ms-pageable breaking",
		},
		"parameters": {
			"AddedParameter operation Widgets_Get header:x-ms-client-tag breaking",
			"AddedParameter operation Widgets_Get query:$expand -",
			"RemovedParameter operation Widgets_Get query:$filter breaking",
			"ChangedParameterIn operation Widgets_Get top breaking",
		},
		"property_changes": {
			"ChangedPropertyReadOnly model WidgetInput color breaking",
			"ChangedPropertyConstraint model WidgetInput name breaking", // maxLength 20 -> 10 in a request
			"ChangedPropertyDefault model WidgetInput name breaking",
			"ChangedPropertyConstraint model WidgetInput size breaking", // a new maximum in a request
			"ChangedPropertyFormat model WidgetInput size -",            // int32 -> int64 widens a request
			"ChangedPropertyFormat model WidgetOutput id breaking",
			"ChangedPropertyReadOnly model WidgetOutput id -",
			"ChangedPropertyType model WidgetOutput size breaking",
		},
		"property_removed": {
			"RemovedProperty model WidgetInput size breaking",
			"RemovedProperty model WidgetOutput size breaking",
		},
		"required_property_added_request_vs_response": {
			"AddedProperty model WidgetInput weight breaking", // clients do not send it
			"AddedProperty model WidgetOutput weight -",       // clients ignore what they do not know
		},
		"responses": {
			"AddedResponseCode operation Widgets_Create response 201 breaking",
			"AddedResponseCode operation Widgets_Create response 404 -",
			"ChangedResponseType operation Widgets_Get response 200 breaking",
		},
	}
	ents, err := os.ReadDir("testdata/rules")
	if err != nil {
		t.Fatal(err)
	}
	if len(ents) != len(want) {
		t.Errorf("%d cases in testdata/rules, %d expectations", len(ents), len(want))
	}
	for _, e := range ents {
		t.Run(e.Name(), func(t *testing.T) {
			w, ok := want[e.Name()]
			if !ok {
				t.Fatalf("no expectation for testdata/rules/%s", e.Name())
			}
			a, b := loadCase(t, e.Name())
			var got []string
			for _, c := range Compare(a, b) {
				got = append(got, brief(c))
			}
			if !reflect.DeepEqual(got, w) {
				t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(w, "\n"))
			}
		})
	}
}

// TestRulesDocumented checks that the rules table in the package documentation and
// RuleInfos list the same rules, and that every rule's mirror image is a rule.
func TestRulesDocumented(t *testing.T) {
	src, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	known := map[Rule]bool{}
	for _, ri := range RuleInfos() {
		known[ri.Rule] = true
		if !strings.Contains(string(src), "//	| "+string(ri.Rule)+" ") {
			t.Errorf("rule %s is not in the table in doc.go", ri.Rule)
		}
	}
	for _, ri := range RuleInfos() {
		if !known[ri.Rule.inverse()] {
			t.Errorf("rule %s has no inverse %s", ri.Rule, ri.Rule.inverse())
		}
	}
	rows := strings.Count(string(src), "\n//	| ") - 1 // less the header row
	if rows != len(known) {
		t.Errorf("doc.go table has %d rows, RuleInfos %d rules", rows, len(known))
	}
}
