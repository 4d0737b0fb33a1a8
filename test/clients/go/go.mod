// The Go client's tests and harness: a module of their own that uses the generated module as
// any consumer does, through a replace directive until the module is published.
module github.com/opensymphony/opensymphony-control/test/clients/go

go 1.19

require github.com/opensymphony/opensymphony-control/generated/clients/go v0.0.0

replace github.com/opensymphony/opensymphony-control/generated/clients/go => ../../../generated/clients/go
