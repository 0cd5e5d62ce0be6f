import type { z } from 'zod';
import { describeIssues, fieldIssues } from '../shared/issues';
import { BffHttpError } from './errors';

/**
 * Request bodies are read as text and checked here, so the exact bytes can be forwarded (or hashed and audited) after
 * the shared schema accepted them. `what` names the body in the message the user reads.
 */
export function requireJsonContentType(contentType: string | undefined, what: string): void {
  if (!/^application\/json\s*(;|$)/i.test(contentType ?? '')) {
    throw new BffHttpError(415, 'BFF.UNSUPPORTED_MEDIA_TYPE', `Send the ${what} as application/json.`);
  }
}

export function parseJsonText(raw: string, what: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new BffHttpError(400, 'BFF.INVALID_JSON', `The ${what} is not valid JSON.`);
  }
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    throw new BffHttpError(400, 'BFF.INVALID_BODY', `The ${what} is invalid: ${describeIssues(issues)}`, { issues });
  }
  return parsed.data;
}
