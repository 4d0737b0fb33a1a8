// generated — do not edit. Produced by `npm run generate` from spec/; change the spec (or the generator in scripts/) instead.
module opensymphony.local/controlplane

go 1.19
