import type { z } from 'zod/mini';
import { describeIssues, fieldIssues } from '../shared/issues';
import { BffHttpError } from './errors';
import { duplicateKeyError, keyCount, locateDuplicateKey } from './json-duplicate-key';
import { BffCode } from '../shared/bff-errors';

/**
 * Request bodies are read as text and checked here, so the exact bytes can be forwarded (or hashed and audited) after
 * the shared schema accepted them. `what` names the body in the message the user reads.
 */
export function requireJsonContentType(contentType: string | undefined, what: string): void {
  if (!/^application\/json\s*(;|$)/i.test(contentType ?? '')) {
    throw new BffHttpError(415, BffCode.UNSUPPORTED_MEDIA_TYPE, `Send the ${what} as application/json.`);
  }
}

/**
 * Far deeper than any UpgradeCluster or check body (add-on `values` are Helm values, a handful of levels), far
 * shallower than what makes a parser, a schema walk or CCE itself recurse out of stack.
 */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN = new Set([0x5b, 0x7b]);
const CLOSE = new Set([0x5d, 0x7d]);

/** Calls `visit` with the code of each character outside JSON strings, in order, until it returns true. */
function scanOutsideStrings(text: string, visit: (c: number) => boolean): void {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (visit(c)) return;
  }
}

/** Whether JSON text nests arrays/objects deeper than `limit`, found by one scan of the text, without parsing it. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let tooDeep = false;
  scanOutsideStrings(text, (c) => {
    if (OPEN.has(c)) tooDeep = ++depth > limit;
    else if (CLOSE.has(c)) depth--;
    return tooDeep;
  });
  return tooDeep;
}

/** How many object members valid JSON text spells out: in JSON a colon outside strings only ever ends a member's name. */
export function memberCount(text: string): number {
  let count = 0;
  scanOutsideStrings(text, (c) => {
    if (c === COLON) count++;
    return false;
  });
  return count;
}

/**
 * Parses a JSON body, refusing (400) text that is not JSON, nests too deep or names a key twice in one object. Every
 * body the BFF accepts passes here, so what the schema checks, the audit log records and CCE receives is one reading
 * of the bytes. The depth is checked first, on the text: a schema lets free-form parts such as add-on values through
 * unread, and the BFF forwards the bytes.
 */
export function parseJsonText(raw: string, what: string): unknown {
  if (nestsDeeperThan(raw, MAX_JSON_DEPTH)) {
    throw new BffHttpError(400, BffCode.JSON_TOO_DEEP, `The ${what} nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new BffHttpError(400, BffCode.INVALID_JSON, `The ${what} is not valid JSON.`);
  }
  // JSON.parse keeps one property per distinct name, so fewer properties than spelled-out members means a name came
  // twice. Counting both is cheap; only then is the text parsed again, more slowly, to say which name and where.
  if (keyCount(value) !== memberCount(raw)) throw duplicateKeyError(what, locateDuplicateKey(raw));
  return value;
}

export function parseWith<S extends z.ZodMiniType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issues = fieldIssues(parsed.error);
    throw new BffHttpError(400, BffCode.INVALID_BODY, `The ${what} is invalid: ${describeIssues(issues)}`, { issues });
  }
  return parsed.data;
}
