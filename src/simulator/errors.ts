import type { FieldIssue } from '../shared/issues';
import { describeIssues } from '../shared/issues';

/** A CCE service error; the error handler renders it as `{errorCode, errorMessage}` (reference §1.4). */
export class CceError extends Error {
  constructor(
    readonly statusCode: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }

  toBody(): { errorCode: string; errorMessage: string } {
    return { errorCode: this.errorCode, errorMessage: this.message };
  }
}

export const invalidRequest = (detail: string) => new CceError(400, 'CCE.01400001', `Invalid request: ${detail}`);
export const invalidFields = (issues: FieldIssue[]) => invalidRequest(describeIssues(issues));
export const notFound = (what: string) => new CceError(404, 'CCE.01404001', `${what} not found`);
export const forbidden = (detail: string) => new CceError(403, 'CCE.01403001', `Forbidden: ${detail}`);

const codeByStatus: Readonly<Record<number, string>> = {
  400: 'CCE.01400001',
  401: 'CCE.01401001',
  403: 'CCE.01403001',
  404: 'CCE.01404001',
  409: 'CCE.01409001',
  429: 'CCE.02429001',
};

/** The body CCE would plausibly send for a bare status, used by injected faults and framework errors. */
export function errorForStatus(status: number, message?: string): CceError {
  const code = codeByStatus[status] ?? (status >= 500 ? 'CCE.01500001' : `CCE.01${status}001`);
  return new CceError(status, code, message ?? (status === 429 ? 'Request throttled, please retry later' : `Request failed with status ${status}`));
}

/** API-gateway (APIG) errors use the other spelling, and carry the request id in the body. */
export interface GatewayErrorBody {
  error_code: string;
  error_msg: string;
  request_id: string;
}

export function gatewayError(code: 'APIG.0301' | 'APIG.0303', message: string, requestId: string): GatewayErrorBody {
  return { error_code: code, error_msg: message, request_id: requestId };
}
