import { parse as parseJsonAst, type ValueNode } from '@humanwhocodes/momoa';

import { BffHttpError } from './errors';
import { BffCode } from '../shared/bff-errors';

export interface DuplicateKey {
  key: string;
  /** Where the object that names it twice sits, as path segments (array indexes as numbers). */
  at: Array<string | number>;
  line: number;
  column: number;
}

/** How many own properties the objects of a JSON.parse result hold together; walked without recursion. */
export function keyCount(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (next === null || typeof next !== 'object') continue;
    const children: unknown[] = Array.isArray(next) ? next : Object.values(next);
    if (!Array.isArray(next)) count += children.length;
    // One by one: spreading a 500,000-element array into push() would overflow the call stack.
    for (const child of children) if (child !== null && typeof child === 'object') stack.push(child);
  }
  return count;
}

/** Depth-first over momoa's tree with one Set per object and one shared path, copied only for the answer: linear. */
function firstDuplicate(node: ValueNode, at: Array<string | number>): DuplicateKey | undefined {
  if (node.type === 'Array') {
    for (const [index, element] of node.elements.entries()) {
      at.push(index);
      const found = firstDuplicate(element.value, at);
      at.pop();
      if (found) return found;
    }
  } else if (node.type === 'Object') {
    const seen = new Set<string>();
    for (const { name, value } of node.members) {
      // In JSON mode a member name is always a string node, already unescaped: "a" and "\u0061" are one key.
      const key = name.type === 'String' ? name.value : name.name;
      if (seen.has(key)) return { key, at: [...at], line: name.loc.start.line, column: name.loc.start.column };
      seen.add(key);
      at.push(key);
      const found = firstDuplicate(value, at);
      at.pop();
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Which key of JSON text (known to name one twice) comes twice, and where: JSON.parse keeps only the last value, so
 * only a parser that keeps every member (momoa's syntax tree) can tell. Slower than JSON.parse, so only called once a
 * cheap count has shown there is a duplicate. Recursion is bounded: callers checked the nesting depth first.
 */
export function locateDuplicateKey(text: string): DuplicateKey | undefined {
  try {
    return firstDuplicate(parseJsonAst(text, { mode: 'json' }).body, []);
  } catch {
    // Both parsers follow ECMA-404; were momoa ever to refuse what JSON.parse took, the body is still refused, unlocated.
    return undefined;
  }
}

export function duplicateKeyError(what: string, duplicate: DuplicateKey | undefined): BffHttpError {
  const rule =
    'A key may appear only once in an object: readers disagree on which value counts, so the planner does not check, record or ' +
    'send such a body. Remove one of them.';
  if (!duplicate) return new BffHttpError(400, BffCode.DUPLICATE_KEY, `The ${what} names a key twice. ${rule}`);
  const { key, at, line, column } = duplicate;
  const where = at.length === 0 ? 'at the top level' : `at ${at.join('.')}`;
  return new BffHttpError(400, BffCode.DUPLICATE_KEY, `The ${what} names "${key}" twice (${where}, line ${line}, column ${column}). ${rule}`, {
    issues: [{ path: [...at, key].join('.'), message: 'named more than once' }],
  });
}
