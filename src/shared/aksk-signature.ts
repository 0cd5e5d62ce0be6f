import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * SDK-HMAC-SHA256, the AK/SK signature of Huawei Cloud APIs (reference §1.3), so the BFF (which signs) and the
 * simulator (which verifies, as CCE's gateway does) share one definition. Synchronous and isomorphic
 * (@noble/hashes): WebCrypto's four awaited calls per request went through the thread pool and cost the BFF
 * more added latency than everything else it does. Checked against the vendor SDK's AKSKSigner in the BFF's unit tests.
 */
export const SIGNING_ALGORITHM = 'SDK-HMAC-SHA256';
export const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export interface SignableRequest {
  method: string;
  /** Raw path without query; each segment is encoded for signing. */
  path: string;
  /** Decoded query pairs; repeated names appear more than once. */
  query: ReadonlyArray<readonly [string, string]>;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  body: string;
}

/** The SDK's encoder: keep A–Z a–z 0–9 - _ . ~, percent-encode every other UTF-8 byte in upper-case hex. */
export function signingEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function canonicalUri(path: string): string {
  const uri = path.split('/').map(signingEncode).join('/');
  return uri.endsWith('/') ? uri : `${uri}/`;
}

export function canonicalQuery(query: SignableRequest['query']): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of query) byName.set(name, [...(byName.get(name) ?? []), value]);
  return [...byName.keys()]
    .sort(byCodeUnit)
    .flatMap((name) => (byName.get(name) ?? []).sort(byCodeUnit).map((v) => `${signingEncode(name)}=${signingEncode(v)}`))
    .join('&');
}

const sha256Hex = (text: string) => bytesToHex(sha256(utf8ToBytes(text)));
const hmacHex = (key: string, text: string) => bytesToHex(hmac(sha256, utf8ToBytes(key), utf8ToBytes(text)));

export function computeSignature(request: SignableRequest, signedHeaders: readonly string[], sk: string): string {
  const date = request.headers['x-sdk-date'] ?? '';
  const canonicalHeaders = signedHeaders.map((name) => `${name}:${(request.headers[name] ?? '').trim()}\n`).join('');
  const payloadHash = request.body === '' ? EMPTY_BODY_SHA256 : sha256Hex(request.body);
  const canonicalRequest = [
    request.method.toUpperCase(),
    canonicalUri(request.path),
    canonicalQuery(request.query),
    canonicalHeaders,
    signedHeaders.join(';'),
    payloadHash,
  ].join('\n');
  return hmacHex(sk, [SIGNING_ALGORITHM, date, sha256Hex(canonicalRequest)].join('\n'));
}

/** Formats a time as X-Sdk-Date wants it: 20260301T101502Z. */
export function sdkDate(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function parseSdkDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
}

export interface AuthorizationParts {
  access: string;
  signedHeaders: string[];
  signature: string;
}

export function formatAuthorization({ access, signedHeaders, signature }: AuthorizationParts): string {
  return `${SIGNING_ALGORITHM} Access=${access}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
}

export function parseAuthorization(header: string | undefined): AuthorizationParts | undefined {
  const m = /^SDK-HMAC-SHA256 Access=([^,\s]+), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(header ?? '');
  if (!m) return undefined;
  return { access: m[1] ?? '', signedHeaders: (m[2] ?? '').split(';'), signature: m[3] ?? '' };
}
