import type { BffError } from '../shared/bff-api';
import type { FieldIssue } from '../shared/issues';

/** An error the BFF answers with, in the one shape the SPA reads. */
export class BffHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: { requestId?: string; issues?: FieldIssue[]; retryAfterSeconds?: number; sentAt?: string } = {},
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
  new BffHttpError(404, 'BFF.NOT_ALLOWED', 'This CCE operation is not available through the planner.');
