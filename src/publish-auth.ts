/**
 * The bearer-token check of `PUT /api/v1/snapshot`, as tsoa's authentication module: the
 * generated routes call `expressAuthentication` for every operation with `@Security`.
 */
import type { Request } from 'express';
import { contextOf } from './context.js';
import { ApiError } from './errors.js';
import { AUTH_CHALLENGE, bearerToken, tokensMatch } from './tokens.js';

/** The security scheme name in spec/openapi.yaml. */
export const PUBLISH_SECURITY_SCHEME = 'publishToken';

export async function expressAuthentication(request: Request, securityName: string, _scopes?: string[]): Promise<true> {
  if (securityName !== PUBLISH_SECURITY_SCHEME) throw new ApiError('internal_error', `unknown security scheme ${securityName}`);
  const { publishToken } = contextOf(request);
  if (publishToken === undefined) throw new ApiError('publishing_disabled');
  const presented = bearerToken(request);
  if (presented === undefined || !tokensMatch(presented, publishToken)) {
    throw new ApiError('unauthorized', undefined, [], { 'WWW-Authenticate': AUTH_CHALLENGE });
  }
  return true;
}
