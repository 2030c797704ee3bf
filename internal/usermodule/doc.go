// Package usermodule holds the end-to-end test of armgen as a user meets it: the commands of
// README.md's section "Use armgen in your module", extracted from the README's fenced blocks
// marked e2e:NAME and run verbatim in fresh modules outside this repository (only the paths
// of this repository and of the specs mirror are filled in). It has no code of its own.
package usermodule
