import type { BffError } from '../shared/bff-api';
import type { DriftItem } from '../shared/cluster-snapshot';
import type { FieldIssue } from '../shared/issues';
import { BffCode } from '../shared/bff-errors';

/** A code CCE sent, moved out of the BFF's namespace (cce/upstream-error.ts upstreamCode): the only other kind of code. */
export type UpstreamCode = string & { readonly __upstreamCode: true };

/** An error the BFF answers with, in the one shape the SPA reads; its code comes from src/shared/bff-errors.ts or CCE. */
export class BffHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: BffCode | UpstreamCode,
    message: string,
    readonly extra: { requestId?: string; issues?: FieldIssue[]; retryAfterSeconds?: number; sentAt?: string; drift?: DriftItem[] } = {},
  ) {
    super(message);
  }

  toBody(): BffError {
    return { status: this.status, code: this.code, message: this.message, ...this.extra };
  }

  /** Response headers that belong with this error: CCE's Retry-After is passed on so the caller can honour it. */
  headers(): Record<string, string> {
    return this.extra.retryAfterSeconds === undefined ? {} : { 'retry-after': String(this.extra.retryAfterSeconds) };
  }
}

export const notAllowed = () =>
  new BffHttpError(404, BffCode.NOT_ALLOWED, 'This CCE operation is not available through the planner.');
