import { describe, expect, it } from 'vitest';
import { describeValuesProblem, parseValues, removedKeys, valuesDiff, type ParsedValues } from './values-diff';

const current = {
  basic: { cluster_ip: '10.247.3.10' },
  custom: { upstream_nameservers: ['8.8.8.8', '1.1.1.1'], stub_domains: { 'corp.example': ['10.0.0.2'] } },
  flavor: { replicas: 2 },
};

describe('valuesDiff', () => {
  it('lists added, changed and removed paths with their values', () => {
    const planned = {
      basic: {},
      custom: { upstream_nameservers: ['8.8.8.8'], stub_domains: { 'corp.example': ['10.0.0.2'] }, cache: 30 },
      flavor: { replicas: 4 },
    };
    expect(valuesDiff(current, planned)).toEqual([
      { kind: 'removed', path: 'basic.cluster_ip', before: '10.247.3.10' },
      { kind: 'removed', path: 'custom.upstream_nameservers[1]', before: '1.1.1.1' },
      { kind: 'added', path: 'custom.cache', after: 30 },
      { kind: 'changed', path: 'flavor.replicas', before: 2, after: 4 },
    ]);
  });

  it('quotes keys that are not identifiers and is empty for equal values', () => {
    const planned = { ...current, custom: { ...current.custom, stub_domains: { 'corp.example': ['10.0.0.3'] } } };
    expect(valuesDiff(current, planned).map((c) => c.path)).toEqual(['custom.stub_domains["corp.example"][0]']);
    expect(valuesDiff(current, structuredClone(current))).toEqual([]);
  });
});

describe('removedKeys', () => {
  it('names keys the add-on has today that the plan drops, including a whole object', () => {
    const { basic: _dropped, ...withoutBasic } = current;
    expect(removedKeys(current, withoutBasic)).toEqual(['basic']);
    expect(removedKeys(current, { ...current, flavor: 'small' })).toEqual(['flavor']);
  });

  it('does not count shortened lists, added keys or changed values as removals', () => {
    const planned = { ...current, custom: { ...current.custom, upstream_nameservers: [] }, flavor: { replicas: 3, name: 'x' } };
    expect(removedKeys(current, planned)).toEqual([]);
  });
});

describe('parseValues', () => {
  it('accepts a JSON object and refuses anything else with a reason', () => {
    expect(parseValues('{"a": 1}')).toEqual({ ok: true, values: { a: 1 } });
    const reason = (parsed: ParsedValues) => (parsed.ok ? '' : describeValuesProblem(parsed.problem));
    expect(reason(parseValues('{"a": }'))).toMatch(/^Not valid JSON: /);
    expect(reason(parseValues('[1]'))).toBe('The values must be a JSON object, such as { "basic": { … } }');
    expect(parseValues('null')).toMatchObject({ ok: false, problem: { kind: 'not-object' } });
  });
});
