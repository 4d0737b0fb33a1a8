/**
 * The dashboard page (`GET /` under the base path): one HTML file with its script and styles
 * inline, no build step, following the event stream with the browser's EventSource. The
 * client's follow rules and the schema's defaults reach the page as a module the app serves
 * (`DASHBOARD_MODULE_PATH`), made from the running code's own functions and constants and the
 * generated schema model, so the page orders envelopes and backs off exactly as `follow()` does,
 * and reads an absent member as the schema says without a copy of its default.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Request, Response } from 'express';
import { SCHEMA_MODEL } from '../generated/schema-model.js';
import { FOLLOW_RECONNECT_BASE_MS, FOLLOW_RECONNECT_MAX_MS, isNewer } from './client/follow.js';
import { fillDefaults, walkSchema } from './schema-walk.js';

/** Where the page loads the client's follow rules from, below the service root. */
export const DASHBOARD_MODULE_PATH = '/dashboard/follow.js';

const SCRIPT = /<script type="module">([\s\S]*?)<\/script>/;
const STYLE = /<style>([\s\S]*?)<\/style>/;

interface Page {
  html: string;
  policy: string;
}

let page: Page | undefined;
let module: string | undefined;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

function load(): Page {
  const html = readFileSync(new URL('./dashboard.html', import.meta.url), 'utf8');
  const script = SCRIPT.exec(html)?.[1];
  const style = STYLE.exec(html)?.[1];
  if (script === undefined) throw new Error('dashboard.html has no inline module script');
  if (style === undefined) throw new Error('dashboard.html has no inline style sheet');
  // Only this exact script and style sheet, and scripts of the page's own origin (the follow
  // module), may run; the page talks to its own origin only.
  const policy = `default-src 'none'; script-src 'sha256-${sha256(script)}' 'self'; style-src 'sha256-${sha256(style)}'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return { html, policy };
}

/** The module the page imports: the client's rules and the schema's defaults, as the server itself runs them. */
function followModule(): string {
  return [
    '// The TypeScript client\'s follow rules (src/client/follow.ts) and the schema\'s defaults',
    '// (src/schema-walk.ts over generated/schema-model.ts), served from the running code.',
    `export const isNewer = ${isNewer.toString()};`,
    `export const RECONNECT_BASE_MS = ${FOLLOW_RECONNECT_BASE_MS};`,
    `export const RECONNECT_MAX_MS = ${FOLLOW_RECONNECT_MAX_MS};`,
    `const SCHEMA_MODEL = ${JSON.stringify(SCHEMA_MODEL)};`,
    `const walkSchema = ${walkSchema.toString()};`,
    `const fillDefaults = ${fillDefaults.toString()};`,
    '// An envelope with every absent member that has a default given it, at every depth.',
    "export const withDefaults = (envelope) => fillDefaults(SCHEMA_MODEL, 'SnapshotEnvelope', envelope);",
    '',
  ].join('\n');
}

function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function serveDashboard(req: Request, res: Response): void {
  page ??= load();
  // The service root as the browser sees it, so the page finds the stream under any prefix.
  const base = `${req.baseUrl.replace(/\/+$/, '')}/`;
  res
    .status(200)
    .set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': page.policy,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      // The URL may carry a read token (?access_token=): never send it on to another site.
      'Referrer-Policy': 'no-referrer',
    })
    .send(page.html.replace('{{BASE}}', attribute(base)));
}

export function serveDashboardModule(_req: Request, res: Response): void {
  module ??= followModule();
  res
    .status(200)
    .set({
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    })
    .send(module);
}
