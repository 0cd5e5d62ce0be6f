import { ApiError, NETWORK_ERROR, type OwnError, UNEXPECTED_ERROR_BODY, UNEXPECTED_RESPONSE } from './api-client';
import { BffCode, isBffCode } from '../../shared/bff-errors';
import { type MessageId, translate } from '../i18n/i18n';

export interface ErrorDescription {
  /** What went wrong, in words. */
  title: string;
  /** What the server said: CCE's own message verbatim, or the BFF's (English) words; the planner's words for an error the SPA made. */
  detail: string;
  /** What the user can do next. */
  nextStep: string;
  issues: { path: string; message: string }[];
  requestId?: string;
}

interface Words {
  title: string;
  nextStep: string;
}

const words = (title: MessageId, nextStep: MessageId, values?: Record<string, unknown>): Words => ({
  title: translate(title, values),
  nextStep: translate(nextStep, values),
});

// CCE's 429 for "resource locked by another request" (reference §1.4): the cluster is busy, not the API.
const RESOURCE_LOCKED = 'CCE.01429002';
const busy = () => words('error.busy.title', 'error.busy.next');

const throttled = (seconds: number | undefined): Words =>
  seconds === undefined ? words('error.throttled.title', 'error.throttled.nextUnknown') : words('error.throttled.title', 'error.throttled.next', { seconds });

// The BFF's own refusals (access control, browser defences) are not CCE's, and say so; keyed by the BFF's stable code.
const bffRefusals: Partial<Record<BffCode, [MessageId, MessageId]>> = {
  [BffCode.UNAUTHENTICATED]: ['error.signedOut.title', 'error.signedOut.next'],
  [BffCode.FORBIDDEN_ROLE]: ['error.role.title', 'error.role.next'],
  [BffCode.FORBIDDEN_CLUSTER]: ['error.cluster.title', 'error.cluster.next'],
  [BffCode.CROSS_SITE]: ['error.crossSite.title', 'error.crossSite.next'],
  [BffCode.RATE_LIMITED]: ['error.rateLimited.title', 'error.rateLimited.next'],
  [BffCode.OUTCOME_UNKNOWN_PLAN]: ['error.outcomeUnknown.title', 'error.outcomeUnknown.next'],
  [BffCode.AUDIT_UNREADABLE]: ['error.audit.title', 'error.audit.next'],
};

function byStatus(error: ApiError): Words {
  const refusal = isBffCode(error.code) ? bffRefusals[error.code] : undefined;
  if (refusal) return words(...refusal);
  if (error.code === NETWORK_ERROR) return words('error.network.title', 'error.network.next');
  if (error.own?.code === UNEXPECTED_RESPONSE) return words('error.unexpected.title', 'error.unexpected.next', { answeredBy: error.own.answeredBy });
  switch (error.status) {
    case 400:
    case 422:
      return words('error.invalid.title', error.issues.length === 0 ? 'error.invalid.nextNoFields' : 'error.invalid.next');
    case 401:
      return words('error.credentials.title', 'error.credentials.next');
    case 403:
      return words('error.forbidden.title', 'error.forbidden.next');
    case 404:
      return words('error.notFound.title', 'error.notFound.next');
    case 429:
      return error.code === RESOURCE_LOCKED ? busy() : throttled(error.retryAfterSeconds);
    case 409:
      return busy();
    case 500:
      return words('error.internal.title', 'error.internal.next');
    case 502:
    case 503:
    case 504:
      return words('error.unreachable.title', 'error.unreachable.next');
    default:
      return words('error.http.title', 'error.http.next', { status: error.status });
  }
}

// An error the SPA made has no server's words to show: it is worded here by its code, in the language shown now.
function ownDetail(own: OwnError): string {
  switch (own.code) {
    case NETWORK_ERROR:
      return translate('error.detail.network');
    case UNEXPECTED_ERROR_BODY:
      return translate('error.detail.errorBody', { status: own.status });
    case UNEXPECTED_RESPONSE:
      return translate('error.detail.unexpected');
  }
}

/** Turns any thrown value into words (in the active language) plus a next step; nothing is swallowed. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    const { own } = error;
    return {
      ...byStatus(error),
      detail: own ? ownDetail(own) : error.message,
      issues: own?.code === UNEXPECTED_RESPONSE ? own.issues() : error.issues,
      requestId: error.requestId,
    };
  }
  return { ...words('error.other.title', 'error.other.next'), detail: error instanceof Error ? error.message : String(error), issues: [] };
}
