import type { FastifyReply, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { computeSignature, parseAuthorization, parseSdkDate } from '../shared/aksk-signature';
import { gatewayError } from './errors';

/** The API gateway's clock-skew window for X-Sdk-Date (reference §1.3 step 1). */
export const MAX_SKEW_MS = 15 * 60_000;
const REQUIRED_SIGNED = ['host', 'x-sdk-date'] as const;

export interface VerifierOptions {
  credentials: { ak: string; sk: string };
  now: () => number;
}

export function headerValue(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

/** The body string exactly as received (the raw content-type parser keeps it); GETs have none. */
export const rawBody = (request: FastifyRequest): string => (typeof request.body === 'string' ? request.body : '');

function failure(request: FastifyRequest, { credentials, now }: VerifierOptions): ['APIG.0301' | 'APIG.0303', string] | undefined {
  const auth = parseAuthorization(headerValue(request, 'authorization'));
  if (!auth) return ['APIG.0301', 'Incorrect IAM authentication information: Authorization header is missing or malformed'];
  if (auth.access !== credentials.ak) return ['APIG.0301', 'Incorrect IAM authentication information: access key does not exist'];
  const unsigned = REQUIRED_SIGNED.filter((name) => !auth.signedHeaders.includes(name));
  if (unsigned.length > 0) return ['APIG.0301', `Incorrect IAM authentication information: header ${unsigned.join(', ')} must be signed`];
  const date = parseSdkDate(headerValue(request, 'x-sdk-date') ?? '');
  if (!date || Math.abs(now() - date.getTime()) > MAX_SKEW_MS) {
    return ['APIG.0303', 'Incorrect app authentication information: signature expired, X-Sdk-Date must be within 15 minutes of server time'];
  }
  const [path = '', search = ''] = request.url.split(/\?(.*)/s);
  const headers = Object.fromEntries(auth.signedHeaders.map((name) => [name, headerValue(request, name) ?? '']));
  const expected = computeSignature(
    { method: request.method, path, query: [...new URLSearchParams(search)], headers, body: rawBody(request) },
    auth.signedHeaders,
    credentials.sk,
  );
  if (!timingSafeEqual(Buffer.from(expected), Buffer.from(auth.signature))) {
    return ['APIG.0301', 'Incorrect IAM authentication information: verify aksk signature fail'];
  }
  return undefined;
}

/** Verifies SDK-HMAC-SHA256 like Huawei's API gateway; answers 401 in the gateway's error shape and stops the request. */
export function verifySignature(options: VerifierOptions) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const problem = failure(request, options);
    if (!problem) return;
    const [code, message] = problem;
    return reply.code(401).send(gatewayError(code, message, request.id));
  };
}
