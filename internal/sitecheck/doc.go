// Package sitecheck holds the checks that make docs-site runs on the built docs site: for
// every go-flavor page under generated/docs/go and every page of armgen's guide (docs/), the
// HTML that Docusaurus 3 wrote is compared with the page's Markdown as goldmark renders it
// (and, for the generated pages, with Docusaurus 2's HTML when that is built); the landing
// page must list every package, API version and resource page with the pages' own counts.
// The tests skip unless ARMGEN_SITE_BUILD names the Docusaurus 3 build folder, which make
// docs-site sets after building the site.
package sitecheck
