// Package usermodule holds the end-to-end tests of armgen as a user meets it: the commands
// of README.md's first run and of docs/use-in-your-module.md, extracted from the pages'
// fenced blocks marked e2e:NAME and run verbatim in fresh modules outside this repository
// (only the paths of this repository and of the specs root are filled in); the README's
// sparse checkout of the specs, checked by generating from only the folders it names; and
// what `make generate` says when there are no specs at SPECS_ROOT. It has no code of its own.
package usermodule
