/**
 * The bytes of a published envelope as every reader gets them — the JSON body of
 * `GET /api/v1/snapshot`, its ETag, and the SSE frame of the stream — built once per envelope
 * and shared, so a read or a delivery only writes what is already there.
 */
import { SNAPSHOT_EVENT } from '../generated/events.js';
import type { PublishedEnvelope } from './store.js';

export interface EnvelopeBytes {
  /** The envelope's JSON, UTF-8. */
  readonly body: Buffer;
  /** `"<epoch>-<sequence>"`: exact and free, an envelope is named by its store's epoch and its sequence. */
  readonly etag: string;
  /** The whole SSE event: `event`, `id` = sequence, one `data` line (the JSON never holds a line break). */
  readonly frame: Buffer;
}

const cache = new WeakMap<PublishedEnvelope, EnvelopeBytes>();

export function envelopeBytes(published: PublishedEnvelope): EnvelopeBytes {
  let bytes = cache.get(published);
  if (bytes === undefined) {
    const { sequence, epoch } = published.envelope;
    bytes = {
      body: Buffer.from(published.json, 'utf8'),
      etag: `"${epoch ?? ''}-${sequence}"`,
      frame: Buffer.from(`event: ${SNAPSHOT_EVENT}\nid: ${sequence}\ndata: ${published.json}\n\n`, 'utf8'),
    };
    cache.set(published, bytes);
  }
  return bytes;
}
