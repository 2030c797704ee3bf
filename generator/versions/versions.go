// Package versions relates the API versions of one spec for the go docs flavor: the pages
// of each version sit side by side (generated/docs/go/<api-version>/), each resource page
// links to the same resource in the other versions, and the index page and changelog.md
// show armgen diff's changes from the previous version. Docs works that out from the other
// versions' spec files.
package versions

import (
	"fmt"

	"github.com/armgen/armgen/generator"
	"github.com/armgen/armgen/generator/diff"
	"github.com/armgen/armgen/generator/docs"
)

// Docs loads opts.Spec and every spec of others (other API versions of the same spec;
// opts.Root and opts.AllowRemoteRefs apply to all) and returns their API versions and
// resource pages, with the changes from the previous version (the newest one older than
// opts.Spec's) when there is one. Two specs of the same API version are an error.
func Docs(opts generator.Options, others []string) (*docs.Versions, error) {
	this, _, err := generator.Load(opts)
	if err != nil {
		return nil, err
	}
	v := &docs.Versions{}
	seen := map[string]string{this.APIVersion: opts.InputName()}
	previous := ""
	for _, spec := range others {
		pkg, _, err := generator.Load(generator.Options{Spec: spec, Root: opts.Root, FS: opts.FS, AllowRemoteRefs: opts.AllowRemoteRefs})
		if err != nil {
			return nil, fmt.Errorf("other API version: %w", err)
		}
		if first, dup := seen[pkg.APIVersion]; dup {
			return nil, fmt.Errorf("%s: API version %s again (also %s)", spec, pkg.APIVersion, first)
		}
		seen[pkg.APIVersion] = spec
		o := docs.OtherVersion{APIVersion: pkg.APIVersion}
		for _, r := range pkg.Resources {
			o.Pages = append(o.Pages, r.Group+"/"+r.Name)
		}
		v.Others = append(v.Others, o)
		if pkg.APIVersion < this.APIVersion && pkg.APIVersion > previous {
			previous = pkg.APIVersion
		}
	}
	if previous == "" {
		return v, nil
	}
	rep, err := diff.Run(diff.Options{
		Old: generator.Options{Spec: seen[previous], Root: opts.Root, FS: opts.FS, AllowRemoteRefs: opts.AllowRemoteRefs},
		New: opts,
	})
	if err != nil {
		return nil, fmt.Errorf("changes from API version %s: %w", previous, err)
	}
	v.Changelog = rep.Changelog()
	return v, nil
}
