/**
 * What `PUT /api/v1/snapshot` does, written once for both of its paths (the front layer's, and
 * the tsoa controller's that validates responses in development): who may publish, and the
 * store's verdict on a parsed body, a refusal turned into the 400 a publisher reads.
 */
import type { IncomingMessage } from 'node:http';
import type { SnapshotEnvelope } from '../generated/api-types.js';
import type { SnapshotEngine } from './engine.js';
import { ApiError, detailsFrom, ERROR_REGISTRY } from './errors.js';
import { InvalidSnapshotError } from './store.js';
import { AUTH_CHALLENGE, bearerToken, tokensMatch } from './tokens.js';

/** The 403 or 401 for a publish without the right bearer token, or undefined when it may publish. */
export function publishDenial(req: IncomingMessage, publishToken: string | undefined): ApiError | undefined {
  if (publishToken === undefined) return new ApiError('publishing_disabled');
  const presented = bearerToken(req);
  if (presented === undefined || !tokensMatch(presented, publishToken)) {
    return new ApiError('unauthorized', undefined, [], { 'WWW-Authenticate': AUTH_CHALLENGE });
  }
  return undefined;
}

/** Publishes an unvalidated body; a refusal is a 400 listing the violations, and how many there are. */
export async function publishBody(store: SnapshotEngine, body: unknown): Promise<Readonly<SnapshotEnvelope>> {
  try {
    return await store.publish(body);
  } catch (error) {
    if (!(error instanceof InvalidSnapshotError)) throw error;
    const listed = error.issues.length < error.total ? `: ${error.total} violations, the first ${error.issues.length} listed` : '';
    throw new ApiError('invalid_snapshot', `${ERROR_REGISTRY.invalid_snapshot.message}${listed}`, detailsFrom(error.issues));
  }
}
