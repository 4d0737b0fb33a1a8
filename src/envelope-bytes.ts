/**
 * The bytes of a published envelope as every reader gets them — the SSE frame of the stream,
 * the JSON body of `GET /api/v1/snapshot` (and of the publish's answer), and its ETag — encoded
 * once per envelope, on first use, and shared: a read or a delivery only writes what is there.
 */
import { SNAPSHOT_EVENT } from '../generated/events.js';
import type { PublishedEnvelope } from './store.js';

export interface EnvelopeBytes {
  /** The envelope's JSON, UTF-8: a view into `frame`, not a copy. */
  readonly body: Buffer;
  /** `"<epoch>-<sequence>"`: exact and free, an envelope is named by its store's epoch and its sequence. */
  readonly etag: string;
  /** The whole SSE event: `event`, `id` = sequence, one `data` line (the JSON never holds a line break). */
  readonly frame: Buffer;
}

const FRAME_END = '\n\n';
const cache = new WeakMap<PublishedEnvelope, EnvelopeBytes>();

/**
 * The frame is written into one buffer piece by piece (no joined string to flatten first), and
 * the body is the frame's `data` payload: the JSON is encoded once for both.
 */
function encode(published: PublishedEnvelope): EnvelopeBytes {
  const { sequence, epoch } = published.envelope;
  const head = `event: ${SNAPSHOT_EVENT}\nid: ${sequence}\ndata: `;
  const headBytes = Buffer.byteLength(head, 'utf8');
  const bodyBytes = Buffer.byteLength(published.json, 'utf8');
  const frame = Buffer.allocUnsafeSlow(headBytes + bodyBytes + FRAME_END.length);
  frame.write(head, 0, 'utf8');
  frame.write(published.json, headBytes, 'utf8');
  frame.write(FRAME_END, headBytes + bodyBytes, 'latin1');
  return { body: frame.subarray(headBytes, headBytes + bodyBytes), etag: `"${epoch ?? ''}-${sequence}"`, frame };
}

export function envelopeBytes(published: PublishedEnvelope): EnvelopeBytes {
  let bytes = cache.get(published);
  if (bytes === undefined) {
    bytes = encode(published);
    cache.set(published, bytes);
  }
  return bytes;
}
