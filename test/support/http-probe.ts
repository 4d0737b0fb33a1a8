/**
 * Sends one request over node:http (no fetch: it refuses some methods, headers and bodies) or
 * raw bytes over TCP, and collects the answer: status, headers and body, with a deadline. An
 * event stream answer is cut once its headers are in, so a probe never holds a subscriber.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { withDeadline } from './deadline.js';

export interface ProbeAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The server answered with an event stream (its body was not read). */
  stream: boolean;
}

export interface ProbeRequest {
  method: string;
  path: string;
  headers?: Record<string, string> | undefined;
  body?: Buffer | string | undefined;
}

/** Most bytes of an answer a probe keeps; nothing this server sends in one answer is larger. */
const MAX_PROBE_BODY_BYTES = 4 * 1024 * 1024;

/** Whether node:http would refuse to send this header value (it throws before any byte leaves). */
export function sendableHeaderValue(value: string): boolean {
  return !/[^\t\x20-\x7e\x80-\xff]/.test(value);
}

export async function probe(baseUrl: string, req: ProbeRequest, ms = 5000): Promise<ProbeAnswer> {
  const url = new URL(baseUrl);
  const headers = { ...req.headers };
  // node frames a GET's body by nothing at all unless told its length; say it, as a client must.
  if (req.body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-length')) {
    headers['content-length'] = String(Buffer.byteLength(req.body));
  }
  const client = httpRequest({
    host: url.hostname,
    port: url.port,
    method: req.method,
    path: req.path,
    headers,
    agent: false,
    // Host is what the caller says, or node's default when the caller leaves it out.
    setHost: !(Object.keys(headers).some((name) => name.toLowerCase() === 'host')),
  });
  const answer = new Promise<ProbeAnswer>((resolve, reject) => {
    client.once('error', reject);
    client.once('response', (res) => {
      const stream = String(res.headers['content-type'] ?? '').startsWith('text/event-stream') && req.method !== 'HEAD';
      if (stream) {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.alloc(0), stream: true });
        client.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_PROBE_BODY_BYTES) {
          client.destroy(new Error(`answer body over ${MAX_PROBE_BODY_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.once('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), stream: false }));
      res.once('error', reject);
    });
  });
  client.end(req.body);
  try {
    return await withDeadline(answer, ms, `${req.method} ${req.path.slice(0, 80)}`);
  } finally {
    client.destroy();
  }
}

/**
 * Writes `bytes` to a new TCP connection and parses the HTTP/1.1 answer that comes back (status,
 * headers, body by Content-Length). Rejects when the server closes without answering.
 */
export async function rawProbe(baseUrl: string, bytes: Buffer, ms = 5000): Promise<ProbeAnswer> {
  const url = new URL(baseUrl);
  const socket = connect(Number(url.port), url.hostname);
  const answer = new Promise<ProbeAnswer>((resolve, reject) => {
    let received = Buffer.alloc(0);
    const tryParse = (final: boolean): boolean => {
      const end = received.indexOf('\r\n\r\n');
      if (end === -1) return false;
      const lines = received.subarray(0, end).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '')?.[1] ?? 0);
      const headers: IncomingHttpHeaders = {};
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const stream = String(headers['content-type'] ?? '').startsWith('text/event-stream');
      const length = Number(headers['content-length'] ?? NaN);
      const body = received.subarray(end + 4);
      if (!stream && Number.isFinite(length) && body.length < length && !final) return false;
      if (!stream && !Number.isFinite(length) && !final) return false;
      resolve({ status, headers, body: Number.isFinite(length) ? body.subarray(0, length) : body, stream });
      return true;
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (tryParse(false)) socket.destroy();
    });
    socket.once('error', reject);
    socket.once('close', () => {
      if (!tryParse(true)) reject(new Error(`the server closed the connection without an answer (${received.length} bytes)`));
    });
  });
  // Not end(): node drops the answer to a client that half-closes before it is written.
  socket.write(bytes);
  try {
    return await withDeadline(answer, ms, 'a raw answer');
  } finally {
    socket.destroy();
  }
}
