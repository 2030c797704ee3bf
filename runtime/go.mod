module github.com/armgen/armgen/runtime

go 1.24
