import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * SHA-256 of a parsed JSON value's canonical form (RFC 8785: keys ordered, no whitespace, numbers and strings spelled
 * one way), so two texts of one plan hash alike. Undefined when the value has no canonical form: JSON text may escape
 * an unpaired UTF-16 surrogate, which RFC 8785 cannot serialise.
 */
export function canonicalSha256(value: unknown): string | undefined {
  try {
    const text = canonicalize(value);
    return text === undefined ? undefined : sha256(text);
  } catch {
    return undefined;
  }
}
