/**
 * Reads a JSON request body the way a hostile client cannot abuse: within a deadline, within a
 * size limit that applies to the decoded bytes (gzip, deflate and br are decoded), no deeper than
 * a fixed nesting (checked without recursion, before parsing), and parsed with every key kept.
 */
import { isUtf8 } from 'node:buffer';
import type { IncomingMessage } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import type { EventEmitter } from 'node:events';
import { ApiError } from './errors.js';
import { jsonDepthExceeds } from './json-depth.js';
import { MAX_JSON_DEPTH } from './limits.js';


const DECODERS: Readonly<Record<string, () => Transform>> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

type Listener = Parameters<EventEmitter['on']>[1];

export interface BodyLimits {
  limitBytes: number;
  timeoutMs: number;
}

/** Closes the connection after the error answer: the rest of the body is never read. */
const CLOSE = { Connection: 'close' };

function mediaTypeError(req: IncomingMessage): ApiError | undefined {
  const [type = '', ...params] = (req.headers['content-type'] ?? '').split(';');
  if (type.trim().toLowerCase() !== 'application/json') return new ApiError('unsupported_media_type');
  for (const param of params) {
    const [name = '', value = ''] = param.split('=');
    if (name.trim().toLowerCase() === 'charset' && !/^"?utf-?8"?$/i.test(value.trim())) {
      return new ApiError('unsupported_media_type', `the request body must be UTF-8 JSON, not charset ${value.trim()}`);
    }
  }
  return undefined;
}

function decoderFor(req: IncomingMessage): Transform | undefined | ApiError {
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' || encoding === '') return undefined;
  const create = DECODERS[encoding];
  if (!create) {
    return new ApiError('unsupported_media_type', `the Content-Encoding ${JSON.stringify(encoding)} is not supported; use gzip, deflate, br or identity`);
  }
  return create();
}

/** Parses JSON text already read in full; every key is kept as an own property, `__proto__` included. */
export function parseJsonText(text: string): unknown {
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    throw new ApiError('invalid_json', `the request body is nested deeper than ${MAX_JSON_DEPTH} levels, the most this server accepts`);
  }
  try {
    // JSON.parse defines keys as own data properties, so `__proto__` stays data, never a prototype.
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ApiError('invalid_json', `the request body is not valid JSON: ${(error as Error).message.slice(0, 160)}`);
  }
}

/**
 * Reads, decodes and parses the body of `req`. Rejects with an `ApiError` (400, 408, 413, 415)
 * and never leaves a timer or listener behind; a client that goes away rejects too.
 */
export function readJsonBody(req: IncomingMessage, limits: BodyLimits): Promise<unknown> {
  const mediaError = mediaTypeError(req);
  if (mediaError) return Promise.reject(mediaError);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.limitBytes) {
    return Promise.reject(new ApiError('payload_too_large', `the request body exceeds ${limits.limitBytes} bytes`, [], CLOSE));
  }
  const decoder = decoderFor(req);
  if (decoder instanceof ApiError) return Promise.reject(decoder);

  return new Promise<unknown>((resolve, reject) => {
    const source = decoder ?? req;
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;

    const finish = (error: ApiError | undefined, value?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const [emitter, event, listener] of listeners) emitter.off(event, listener);
      if (decoder) {
        req.unpipe(decoder);
        decoder.destroy();
      }
      if (error) {
        // Stop reading what is left; the answer closes the connection.
        req.pause();
        reject(error);
      } else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.limitBytes) {
        const decoded = decoder ? ' once decoded' : '';
        finish(new ApiError('payload_too_large', `the request body exceeds ${limits.limitBytes} bytes${decoded}`, [], CLOSE));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      if (size === 0) {
        finish(new ApiError('invalid_json', 'the request body is empty'));
        return;
      }
      try {
        // Most bodies arrive in one chunk: decoded as they are, not copied first.
        const whole = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
        // Checked, not decoded lossily: a replacement character would be published for the bytes.
        if (!isUtf8(whole)) finish(new ApiError('invalid_json', 'the request body is not valid UTF-8'));
        else finish(undefined, parseJsonText(whole.toString('utf8')));
      } catch (error) {
        finish(error as ApiError);
      }
    };
    const onError = (error: Error) => {
      if (decoder && source === decoder) finish(new ApiError('invalid_json', `the ${String(req.headers['content-encoding'])} body could not be decoded: ${error.message}`, [], CLOSE));
      else finish(new ApiError('invalid_json', 'the request body could not be read', [], CLOSE));
    };
    const onAborted = () => {
      if (!req.complete) finish(new ApiError('invalid_json', 'the client closed the connection before the body ended', [], CLOSE));
    };
    const timer = setTimeout(
      () => finish(new ApiError('request_timeout', `the request body did not arrive within ${limits.timeoutMs} ms`, [], CLOSE)),
      limits.timeoutMs,
    );

    // One list for attaching and detaching: a listener cannot be attached and then forgotten.
    const listeners: Array<[EventEmitter, string, Listener]> = [
      [source, 'data', onData],
      [source, 'end', onEnd],
      [source, 'error', onError],
      [req, 'aborted', onAborted],
      [req, 'close', onAborted],
    ];
    // Without a decoder the source is the request, whose errors are already heard.
    if (decoder) listeners.push([req, 'error', onError]);
    for (const [emitter, event, listener] of listeners) emitter.on(event, listener);
    if (decoder) req.pipe(decoder);
  });
}
