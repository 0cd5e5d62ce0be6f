import type { z } from 'zod/mini';
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from '../../shared/bff-api';
import { type Answerer, ApiError, apiFetchWithHeaders, NETWORK_ERROR, UNEXPECTED_RESPONSE } from './api-client';
import { BffCode } from '../../shared/bff-errors';

/** A fresh key per attempt. crypto.randomUUID exists only in secure contexts; plain-http hosts fall back to getRandomValues. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface IdempotentPost<T extends z.ZodMiniType> {
  url: string;
  key: string;
  /** Already-serialised JSON. */
  body: string;
  schema: T;
  /** Who is named when an answer does not fit `schema`. */
  answeredBy?: Answerer;
}

/**
 * POSTs to an audited BFF route that calls CCE at most once per key; `replayed` says the BFF answered from its
 * record of an earlier request with the same key instead of calling CCE again.
 */
export async function postIdempotent<T extends z.ZodMiniType>({ url, key, body, schema, answeredBy }: IdempotentPost<T>) {
  const { data, headers } = await apiFetchWithHeaders({
    url,
    schema,
    ...(answeredBy ? { answeredBy } : {}),
    init: { method: 'POST', body, headers: { 'Content-Type': 'application/json', [IDEMPOTENCY_HEADER]: key } },
  });
  return { data, replayed: headers.get(REPLAYED_HEADER) === 'true' };
}

/**
 * Whether CCE may or may not have acted on the request, so the caller must look at CCE's state to find out: the BFF
 * said so, the connection broke after the request left, or an answer arrived that could not be read.
 */
export const isOutcomeUnknown = (error: unknown): boolean =>
  error instanceof ApiError && (error.code === BffCode.OUTCOME_UNKNOWN || error.code === NETWORK_ERROR || error.code === UNEXPECTED_RESPONSE);
