/**
 * The bytes of a published envelope as every reader gets them — the SSE frame of the stream (and
 * that frame as one HTTP/1.1 chunk), the JSON body of `GET /api/v1/snapshot`, and its ETag —
 * encoded once per envelope, on first use, into one buffer and shared: a read or a delivery only
 * writes what is there. (The publish's answer writes the envelope's JSON as text.) The fan-out of
 * a new envelope writes from a `ChunkStage` instead: the same bytes, in memory reused from one
 * envelope to the next.
 */
import { SNAPSHOT_EVENT } from '../generated/events.js';
import type { PublishedEnvelope } from './store.js';

export interface EnvelopeBytes {
  /** The envelope's JSON, UTF-8: a view into `chunk`, not a copy. */
  readonly body: Buffer;
  /** `"<epoch>-<sequence>"`: exact and free, an envelope is named by its store's epoch and its sequence. */
  readonly etag: string;
  /** The whole SSE event: `event`, `id` = sequence, one `data` line (the JSON never holds a line break). A view into `chunk`. */
  readonly frame: Buffer;
  /** `frame` as one chunk of a chunked HTTP/1.1 body (its size in hex, CRLF, the frame, CRLF): what a stream writes to its socket. */
  readonly chunk: Buffer;
}

const FRAME_END = '\n\n';
const CHUNK_END = '\r\n';
/** What follows the JSON: the blank line that ends the frame, and the CRLF that ends its chunk. */
const TAIL = FRAME_END + CHUNK_END;
const cache = new WeakMap<PublishedEnvelope, EnvelopeBytes>();

/** The line that opens an HTTP/1.1 chunk of `size` bytes. */
function chunkHead(size: number): string {
  return `${size.toString(16)}\r\n`;
}

/** The longest chunk-size line there is: room a stage keeps before an event's lines. */
const MAX_CHUNK_HEAD = chunkHead(Number.MAX_SAFE_INTEGER).length;
/** The most bytes one character takes in UTF-8: a write that left less room may have stopped short. */
const MAX_UTF8_CHARACTER = 4;

/** The lines of a snapshot event before its JSON; ASCII (the event's name is the contract's), so its length is its size. */
function eventHead(sequence: number): string {
  return `event: ${SNAPSHOT_EVENT}\nid: ${sequence}\ndata: `;
}

/** A frame made once (a keepalive comment) as its HTTP/1.1 chunk. */
export function chunkOf(frame: Buffer): Buffer {
  return Buffer.concat([Buffer.from(chunkHead(frame.length), 'latin1'), frame, Buffer.from(CHUNK_END, 'latin1')]);
}

/**
 * Writes an event's lines before the `bodyBytes` of JSON already at `bodyAt` in `buffer`, and
 * its ends after, in place; the three forms are views into `buffer`.
 */
function around(buffer: Buffer, head: string, bodyAt: number, bodyBytes: number): Pick<EnvelopeBytes, 'body' | 'frame' | 'chunk'> {
  const frameAt = bodyAt - head.length;
  const frameBytes = head.length + bodyBytes + FRAME_END.length;
  const opening = chunkHead(frameBytes);
  const chunkAt = frameAt - opening.length;
  buffer.write(opening, chunkAt, 'latin1');
  buffer.write(head, frameAt, 'latin1');
  const end = bodyAt + bodyBytes + buffer.write(TAIL, bodyAt + bodyBytes, 'latin1');
  return {
    body: buffer.subarray(bodyAt, bodyAt + bodyBytes),
    frame: buffer.subarray(frameAt, frameAt + frameBytes),
    chunk: buffer.subarray(chunkAt, end),
  };
}

/**
 * The chunk is written into one buffer of its exact size, piece by piece (no joined string to
 * flatten first); the frame and the body are views into it, so the JSON is encoded once for all three.
 */
function encode(published: PublishedEnvelope): EnvelopeBytes {
  const { sequence, epoch } = published.envelope;
  const head = eventHead(sequence);
  const bodyBytes = Buffer.byteLength(published.json, 'utf8');
  const bodyAt = chunkHead(head.length + bodyBytes + FRAME_END.length).length + head.length;
  const buffer = Buffer.allocUnsafeSlow(bodyAt + bodyBytes + TAIL.length);
  buffer.write(published.json, bodyAt, 'utf8');
  return { ...around(buffer, head, bodyAt, bodyBytes), etag: `"${epoch ?? ''}-${sequence}"` };
}

export function envelopeBytes(published: PublishedEnvelope): EnvelopeBytes {
  let bytes = cache.get(published);
  if (bytes === undefined) {
    bytes = encode(published);
    cache.set(published, bytes);
  }
  return bytes;
}

/** Room a stage leaves above what it was sized for, so a snapshot that grows a little still fits. */
const STAGE_HEADROOM = 1.25;
/** A stage this many times larger than what it must hold is made again, smaller. */
const STAGE_SHRINK_RATIO = 4;

/**
 * One buffer that every new envelope's chunk is written into, in turn, for the fan-out: a
 * publish then writes into memory already mapped, not fresh pages (each first touch of a page is
 * a fault, about 13 µs in the VMs the bench ran on, 5 of them for a 20 KB envelope).
 * Its bytes change at the next `stage`, so they are only for writes that the kernel has taken
 * whole by then: the channel writes them straight to sockets and calls `release` as soon as one
 * socket keeps them queued; that buffer is then left to it, and the next `stage` takes a new one.
 * Everything else (reads, the first event of a stream, a stream catching up) uses the envelope's
 * own `envelopeBytes`, which never change.
 */
export class ChunkStage {
  #buffer: Buffer | undefined;

  /** The envelope's chunk and frame, in the stage: valid until the next `stage` or `release`. */
  stage(published: PublishedEnvelope): Pick<EnvelopeBytes, 'chunk' | 'frame'> {
    const { json } = published;
    const head = eventHead(published.envelope.sequence);
    // The chunk's size line goes right before the event's lines, once the JSON's size is known.
    const bodyAt = MAX_CHUNK_HEAD + head.length;
    const fixed = bodyAt + TAIL.length;
    // JSON is mostly ASCII, where its length is its size: the JSON is written straight in, and
    // its size counted only when it may not have fitted.
    let buffer = this.#fit(fixed + json.length);
    let bodyBytes = buffer.write(json, bodyAt, buffer.length - fixed, 'utf8');
    if (buffer.length - fixed - bodyBytes < MAX_UTF8_CHARACTER) {
      const exact = Buffer.byteLength(json, 'utf8');
      if (exact !== bodyBytes) {
        buffer = this.#fit(fixed + exact);
        bodyBytes = buffer.write(json, bodyAt, 'utf8');
      }
    }
    return around(buffer, head, bodyAt, bodyBytes);
  }

  /** Leaves the staged bytes to whoever still holds them: the next `stage` writes elsewhere. */
  release(): void {
    this.#buffer = undefined;
  }

  /** The stage, made again when it cannot hold `size` bytes or is far larger than that. */
  #fit(size: number): Buffer {
    if (this.#buffer === undefined || this.#buffer.length < size || this.#buffer.length > size * STAGE_SHRINK_RATIO) {
      this.#buffer = Buffer.allocUnsafeSlow(Math.ceil(size * STAGE_HEADROOM));
    }
    return this.#buffer;
  }
}
