module github.com/armgen/armgen

go 1.26.8
