// generated — do not edit. Produced by `npm run generate` from GO_MODULE and GO_VERSION in scripts/generate-clients/index.ts; change that (or the generator in scripts/) instead.
module github.com/opensymphony/opensymphony-control/generated/clients/go

go 1.19
