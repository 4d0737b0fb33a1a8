#!/usr/bin/env node
// The opensymphony-control command: the compiled CLI under plain node (`npm run build` makes dist/).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
