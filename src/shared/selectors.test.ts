import { describe, expect, it } from 'vitest';
import { matchesSelector } from './selectors';
import type { NodeSelector } from './upgrade-request';

const labels = { 'upgrade-wave': 'canary', rack: '7', 'kubernetes.io/arch': 'arm64' };

describe('matchesSelector', () => {
  it.each<[NodeSelector, boolean]>([
    [{ key: 'upgrade-wave', operator: 'in', value: ['canary', 'early'] }, true],
    [{ key: 'upgrade-wave', operator: 'in', value: ['late'] }, false],
    [{ key: 'missing', operator: 'in', value: ['x'] }, false],
    [{ key: 'upgrade-wave', operator: 'notin', value: ['late'] }, true],
    [{ key: 'upgrade-wave', operator: 'notin', value: ['canary'] }, false],
    [{ key: 'missing', operator: 'notin', value: ['x'] }, true],
    [{ key: 'rack', operator: 'exists' }, true],
    [{ key: 'missing', operator: 'exists' }, false],
    [{ key: 'missing', operator: '!' }, true],
    [{ key: 'rack', operator: '!' }, false],
    [{ key: 'rack', operator: 'gt', value: ['6'] }, true],
    [{ key: 'rack', operator: 'gt', value: ['7'] }, false],
    [{ key: 'rack', operator: 'lt', value: ['10'] }, true],
    [{ key: 'upgrade-wave', operator: 'lt', value: ['10'] }, false],
    [{ key: 'missing', operator: 'gt', value: ['0'] }, false],
  ])('%j → %s', (selector, expected) => {
    expect(matchesSelector(labels, selector)).toBe(expected);
  });

  it('does not find inherited properties as labels', () => {
    expect(matchesSelector({}, { key: 'constructor', operator: 'exists' })).toBe(false);
  });
});
