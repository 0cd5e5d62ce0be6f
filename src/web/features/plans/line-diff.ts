import { diffArrays } from 'diff';

export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * The two request texts line by line (jsdiff's Myers diff over the lines: near-linear on texts that mostly agree,
 * which a table of every line pair would not be on a 2,000-node plan's request).
 */
export function diffLines(before: string, after: string): DiffLine[] {
  return diffArrays(before.split('\n'), after.split('\n')).flatMap((part) => {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    return part.value.map((text) => ({ kind, text }));
  });
}
