/**
 * The dashboard page (`GET /` under the base path): one HTML file with its script inline, no
 * build step, following the event stream with the browser's EventSource.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Request, Response } from 'express';

const SCRIPT = /<script>([\s\S]*?)<\/script>/;

interface Page {
  html: string;
  policy: string;
}

let page: Page | undefined;

function load(): Page {
  const html = readFileSync(new URL('./dashboard.html', import.meta.url), 'utf8');
  const script = SCRIPT.exec(html)?.[1];
  if (script === undefined) throw new Error('dashboard.html has no inline script');
  // Only this exact script may run; the page talks to its own origin only.
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  const policy = `default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return { html, policy };
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
