// Package sitecheck holds the checks that make docs-site runs on the built docs site: for
// every go-flavor page under generated/docs/go, the HTML that Docusaurus 3 wrote (and, when
// built, Docusaurus 2's) is compared with the page's Markdown as goldmark renders it. The
// tests skip unless ARMGEN_SITE_BUILD names the Docusaurus 3 build folder, which make
// docs-site sets after building the site.
package sitecheck
