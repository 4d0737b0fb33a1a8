// generated — do not edit. Produced by `npm run generate` from spec/; change the spec (or the generator in scripts/) instead.
module github.com/opensymphony/opensymphony-control/generated/clients/go

go 1.19
