/**
 * The bytes of a published envelope as every reader gets them — the SSE frame of the stream (and
 * that frame as one HTTP/1.1 chunk), the JSON body of `GET /api/v1/snapshot` (and of the
 * publish's answer), and its ETag — encoded once per envelope, on first use, into one buffer and
 * shared: a read or a delivery only writes what is there.
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
const cache = new WeakMap<PublishedEnvelope, EnvelopeBytes>();

/** The line that opens an HTTP/1.1 chunk of `size` bytes. */
function chunkHead(size: number): string {
  return `${size.toString(16)}\r\n`;
}

/** A frame made once (a keepalive comment) as its HTTP/1.1 chunk. */
export function chunkOf(frame: Buffer): Buffer {
  return Buffer.concat([Buffer.from(chunkHead(frame.length), 'latin1'), frame, Buffer.from(CHUNK_END, 'latin1')]);
}

/**
 * The chunk is written into one buffer piece by piece (no joined string to flatten first); the
 * frame and the body are views into it, so the JSON is encoded once for all three.
 */
function encode(published: PublishedEnvelope): EnvelopeBytes {
  const { sequence, epoch } = published.envelope;
  const head = `event: ${SNAPSHOT_EVENT}\nid: ${sequence}\ndata: `;
  const headBytes = Buffer.byteLength(head, 'utf8');
  const bodyBytes = Buffer.byteLength(published.json, 'utf8');
  const frameBytes = headBytes + bodyBytes + FRAME_END.length;
  const opening = chunkHead(frameBytes);
  const chunk = Buffer.allocUnsafeSlow(opening.length + frameBytes + CHUNK_END.length);
  const frameAt = chunk.write(opening, 0, 'latin1');
  const bodyAt = frameAt + chunk.write(head, frameAt, 'utf8');
  chunk.write(published.json, bodyAt, 'utf8');
  chunk.write(FRAME_END + CHUNK_END, bodyAt + bodyBytes, 'latin1');
  return {
    body: chunk.subarray(bodyAt, bodyAt + bodyBytes),
    etag: `"${epoch ?? ''}-${sequence}"`,
    frame: chunk.subarray(frameAt, frameAt + frameBytes),
    chunk,
  };
}

export function envelopeBytes(published: PublishedEnvelope): EnvelopeBytes {
  let bytes = cache.get(published);
  if (bytes === undefined) {
    bytes = encode(published);
    cache.set(published, bytes);
  }
  return bytes;
}
