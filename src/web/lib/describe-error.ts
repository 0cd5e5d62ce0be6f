import { ApiError, NETWORK_ERROR, UNEXPECTED_RESPONSE } from './api-client';
import { BffCode, isBffCode } from '../../shared/bff-errors';

export interface ErrorDescription {
  /** What went wrong, in words. */
  title: string;
  /** What the server said. */
  detail: string;
  /** What the user can do next. */
  nextStep: string;
  issues: { path: string; message: string }[];
  requestId?: string;
}

// CCE's 429 for "resource locked by another request" (reference §1.4): the cluster is busy, not the API.
const RESOURCE_LOCKED = 'CCE.01429002';
const busy = { title: 'The cluster is busy', nextStep: 'Another operation is running on the cluster. Wait a minute and retry.' };

const seconds = (n: number) => `${n} ${n === 1 ? 'second' : 'seconds'}`;

function throttled(retryAfterSeconds: number | undefined): Pick<ErrorDescription, 'title' | 'nextStep'> {
  const wait = retryAfterSeconds === undefined ? 'a few seconds' : seconds(retryAfterSeconds);
  return {
    title: 'CCE is throttling requests',
    nextStep: `CCE asked the planner to slow down${retryAfterSeconds === undefined ? '' : ` and wait ${wait}`}. The planner reads again by itself after ${wait}; to repeat an action, wait that long, then retry.`,
  };
}

// The BFF's own refusals (access control, browser defences) are not CCE's, and say so.
const bffRefusals: Partial<Record<BffCode, Pick<ErrorDescription, 'title' | 'nextStep'>>> = {
  [BffCode.UNAUTHENTICATED]: { title: 'You are signed out', nextStep: 'Sign in again; the page takes you there.' },
  [BffCode.FORBIDDEN_ROLE]: { title: 'Your role does not allow this', nextStep: 'Ask your administrator to add you to an operator group, or hand the plan to an operator.' },
  [BffCode.FORBIDDEN_CLUSTER]: { title: 'This cluster is not on your allow-list', nextStep: 'Pick another cluster, or ask your administrator to allow this one for your group.' },
  [BffCode.CROSS_SITE]: { title: 'The planner refused a request that did not come from its own page', nextStep: 'Reload the planner from its own address and try again.' },
  [BffCode.RATE_LIMITED]: { title: 'Too many requests in a short time', nextStep: 'Wait a minute, then try again.' },
  [BffCode.OUTCOME_UNKNOWN_PLAN]: {
    title: 'This plan was already sent, and CCE’s answer was lost',
    nextStep: 'The upgrade may be running. The planner looks for its task in the cluster’s upgrade tasks below; if CCE has none, you can send the plan again, saying why.',
  },
  [BffCode.AUDIT_UNREADABLE]: { title: 'The planner cannot read its audit log', nextStep: 'Nothing was sent. Ask the operator to inspect the audit log record named above and restart the planner.' },
};

function byStatus(error: ApiError): Pick<ErrorDescription, 'title' | 'nextStep'> {
  const refusal = isBffCode(error.code) ? bffRefusals[error.code] : undefined;
  if (refusal) return refusal;
  if (error.code === NETWORK_ERROR) {
    return { title: 'The planner’s server could not be reached', nextStep: 'Check your network connection and that the planner is running, then try again.' };
  }
  if (error.code === UNEXPECTED_RESPONSE) {
    return { title: 'CCE returned an unexpected response', nextStep: 'Try again; if it keeps happening, this CCE version may answer in a shape the planner does not know yet.' };
  }
  switch (error.status) {
    case 400:
    case 422:
      return { title: 'The request was rejected as invalid', nextStep: 'Correct the fields listed below, then submit again.' };
    case 401:
      return { title: 'CCE did not accept the credentials', nextStep: 'Check the credentials (AK/SK and project id) configured on the planner’s server (BFF).' };
    case 403:
      return { title: 'CCE refused the request', nextStep: 'Check the permissions of the credentials configured on the BFF; upgrading needs cce:cluster:upgrade and the upgrade API must be enabled for the account.' };
    case 404:
      return { title: 'Not found', nextStep: 'The cluster or task may have been deleted. Go back and pick another one.' };
    case 429:
      if (error.code !== RESOURCE_LOCKED) return throttled(error.retryAfterSeconds);
      return busy;
    case 409:
      return busy;
    case 500:
      return { title: 'CCE reported an internal error', nextStep: 'The failure is on CCE’s side. Wait a moment and try again; if it persists, quote the request id to Huawei Cloud support.' };
    case 502:
    case 503:
    case 504:
      return { title: 'CCE could not be reached', nextStep: 'The planner’s server did not get an answer from CCE. Wait a moment and try again.' };
    default:
      return { title: `The request failed (HTTP ${error.status})`, nextStep: 'Try again; if it keeps failing, check the planner server’s log.' };
  }
}

/** Turns any thrown value into words plus a next step; nothing is swallowed. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    const described = byStatus(error);
    if (error.issues.length === 0 && (error.status === 400 || error.status === 422)) {
      described.nextStep = 'Check the values you chose against the message above, then submit again.';
    }
    return { ...described, detail: error.message, issues: error.issues, requestId: error.requestId };
  }
  return {
    title: 'Something went wrong',
    detail: error instanceof Error ? error.message : String(error),
    nextStep: 'Try again; if it keeps happening, reload the page.',
    issues: [],
  };
}
