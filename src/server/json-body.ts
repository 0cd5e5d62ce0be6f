import { BffHttpError } from './errors';

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
 * Parses a JSON request body, refusing (400) text that is not JSON or nests too deep. The depth is checked first,
 * on the text: a schema lets free-form parts such as add-on values through unread, and the BFF forwards the bytes.
 */
export function parseJsonBody(raw: string): unknown {
  if (nestsDeeperThan(raw, MAX_JSON_DEPTH)) {
    throw new BffHttpError(400, 'BFF.JSON_TOO_DEEP', `The request body nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  try {
    return JSON.parse(raw);
  } catch {
    throw new BffHttpError(400, 'BFF.INVALID_JSON', 'The request body is not valid JSON.');
  }
}
