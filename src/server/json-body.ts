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

/**
 * Far deeper than any UpgradeCluster or check body (add-on `values` are Helm values, a handful of levels), far
 * shallower than what makes a parser, a schema walk or CCE itself recurse out of stack.
 */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);

/** Whether JSON text nests arrays/objects deeper than `limit`, found by one scan of the text, without parsing it. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (OPEN.has(c)) {
      if (++depth > limit) return true;
    } else if (CLOSE.has(c)) depth--;
  }
  return false;
}

/**
 * Parses a JSON body, refusing (400) text that is not JSON or nests too deep. The depth is checked first, on the text:
 * a schema lets free-form parts such as add-on values through unread, and the BFF forwards the bytes.
 */
export function parseJsonText(raw: string, what: string): unknown {
  if (nestsDeeperThan(raw, MAX_JSON_DEPTH)) {
    throw new BffHttpError(400, 'BFF.JSON_TOO_DEEP', `The ${what} nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`);
  }
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
