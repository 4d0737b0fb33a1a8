/**
 * The bearer-token check of `PUT /api/v1/snapshot`, as tsoa's authentication module: the
 * generated routes call `expressAuthentication` for every operation with `@Security`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import { contextOf } from './context.js';
import { ApiError } from './errors.js';

/** The security scheme name in spec/openapi.yaml. */
export const PUBLISH_SECURITY_SCHEME = 'publishToken';

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares in time independent of where the strings differ (and of their lengths). */
export function tokensMatch(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

export async function expressAuthentication(request: Request, securityName: string, _scopes?: string[]): Promise<true> {
  if (securityName !== PUBLISH_SECURITY_SCHEME) throw new ApiError('internal_error', `unknown security scheme ${securityName}`);
  const { publishToken } = contextOf(request);
  if (publishToken === undefined) throw new ApiError('publishing_disabled');
  const presented = BEARER.exec(request.get('authorization') ?? '')?.[1];
  if (presented === undefined || !tokensMatch(presented, publishToken)) {
    throw new ApiError('unauthorized', undefined, [], { 'WWW-Authenticate': 'Bearer realm="opensymphony-control"' });
  }
  return true;
}
