import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

describe('diffLines', () => {
  it('keeps common lines and marks the rest as removed or added, in order', () => {
    expect(diffLines('a\nb\nc', 'a\nx\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('diffs a 10,000-line request against an edited copy without a table of every line pair', () => {
    const lines = Array.from({ length: 10_000 }, (_, index) => `  "line-${index}": ${index},`);
    const edited = [...lines];
    edited[5000] = '  "changed": true,';
    const diff = diffLines(lines.join('\n'), edited.join('\n'));
    expect(diff.filter((line) => line.kind !== 'same')).toEqual([
      { kind: 'removed', text: '  "line-5000": 5000,' },
      { kind: 'added', text: '  "changed": true,' },
    ]);
  });

  it('finds nothing to mark in equal texts', () => {
    expect(diffLines('{\n}', '{\n}').every((line) => line.kind === 'same')).toBe(true);
  });
});
