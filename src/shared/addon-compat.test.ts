import { describe, expect, it } from 'vitest';
import { assessAddon, clusterTraits, compareAddonVersions, supports, type ClusterTraits } from './addon-compat';
import { addonTemplateSchema, clusterSchema, type AddonTemplate } from './cce-responses';
import './zod-messages'; // the English of the messages asserted here, as the BFF and the CLI load it

const vm: ClusterTraits = { version: 'v1.29', clusterType: 'VirtualMachine', category: 'CCE' };

const version = (v: string, clusterVersion: string[], extra: { stable?: boolean; clusterType?: string; category?: string[] } = {}) => ({
  version: v,
  stable: extra.stable ?? true,
  supportVersions: [{ clusterType: extra.clusterType ?? 'VirtualMachine', clusterVersion, ...(extra.category ? { category: extra.category } : {}) }],
});

const template = (versions: ReturnType<typeof version>[]): AddonTemplate =>
  addonTemplateSchema.parse({ metadata: { name: 'coredns' }, spec: { type: 'helm', versions } });

describe('supports', () => {
  it('matches CCE regexes against the whole cluster version, minor or full', () => {
    const entry = [{ clusterType: 'VirtualMachine', clusterVersion: ['v1.2[7-9].*'] }];
    expect(supports(entry, vm).supported).toBe(true);
    expect(supports(entry, { ...vm, version: 'v1.29.13-r10' }).supported).toBe(true);
    expect(supports(entry, { ...vm, version: 'v1.30' }).supported).toBe(false);
  });

  it('anchors patterns, so a pattern for v1.2 does not match v1.29 or a longer prefix', () => {
    expect(supports([{ clusterType: 'VirtualMachine', clusterVersion: ['v1.2'] }], vm).supported).toBe(false);
    expect(supports([{ clusterType: 'VirtualMachine', clusterVersion: ['1.29'] }], vm).supported).toBe(false);
    // An alternation must not escape the anchors: "a|v1.29" is not "^a|v1.29$".
    expect(supports([{ clusterType: 'VirtualMachine', clusterVersion: ['v1.2|x'] }], { ...vm, version: 'v1.2-extra' }).supported).toBe(false);
  });

  it('requires the cluster type to match; an entry without a type applies to any', () => {
    const armOnly = [{ clusterType: 'ARM64', clusterVersion: ['v1.29.*'] }];
    expect(supports(armOnly, vm).supported).toBe(false);
    expect(supports(armOnly, { ...vm, clusterType: 'ARM64' }).supported).toBe(true);
    expect(supports([{ clusterVersion: ['v1.29.*'] }], { ...vm, clusterType: 'ARM64' }).supported).toBe(true);
  });

  it('requires the category to match; an empty or missing list means CCE Standard and Turbo but not Autopilot', () => {
    const turboOnly = [{ clusterType: 'VirtualMachine', clusterVersion: ['v1.29.*'], category: ['Turbo'] }];
    expect(supports(turboOnly, vm).supported).toBe(false);
    expect(supports(turboOnly, { ...vm, category: 'Turbo' }).supported).toBe(true);
    for (const category of [undefined, null, []]) {
      const entry = [{ clusterType: 'VirtualMachine', clusterVersion: ['v1.29.*'], category }];
      expect(supports(entry, { ...vm, category: 'Turbo' }).supported).toBe(true);
      expect(supports(entry, { ...vm, category: 'Autopilot' }).supported).toBe(false);
    }
  });

  it('treats an invalid regex as no match and reports it instead of throwing', () => {
    const result = supports([{ clusterType: 'VirtualMachine', clusterVersion: ['v1.(29', 'v1.28.*'] }], vm);
    expect(result).toEqual({ supported: false, invalidPatterns: ['v1.(29'] });
    expect(supports([{ clusterType: 'VirtualMachine', clusterVersion: ['v1.(29', 'v1.29.*'] }], vm).supported).toBe(true);
  });

  it('supports nothing when CCE lists no supportVersions', () => {
    expect(supports(undefined, vm)).toEqual({ supported: false, invalidPatterns: [] });
  });
});

describe('clusterTraits', () => {
  const cluster = (spec: Record<string, string>) =>
    clusterSchema.parse({ metadata: { uid: 'u', name: 'c' }, spec: { version: 'v1.28', ...spec }, status: { phase: 'Available' } });

  it('reads type and category from the cluster, with the target as version', () => {
    expect(clusterTraits(cluster({ type: 'ARM64', category: 'Turbo' }), 'v1.29')).toEqual({ version: 'v1.29', clusterType: 'ARM64', category: 'Turbo' });
  });

  it('takes every non-ARM type as VirtualMachine and a missing category as CCE', () => {
    expect(clusterTraits(cluster({ type: 'BareMetal' }), 'v1.29')).toEqual({ version: 'v1.29', clusterType: 'VirtualMachine', category: 'CCE' });
    expect(clusterTraits(cluster({}), 'v1.29').clusterType).toBe('VirtualMachine');
  });
});

describe('compareAddonVersions', () => {
  it('compares segments as numbers', () => {
    expect(['1.9.3', '1.10.0', '1.9.12', '2.0.0'].sort(compareAddonVersions)).toEqual(['1.9.3', '1.9.12', '1.10.0', '2.0.0']);
    expect(compareAddonVersions('1.29.5', '1.29.5')).toBe(0);
  });
});

describe('assessAddon', () => {
  const coredns = template([
    version('1.27.1', ['v1.2[5-8].*']),
    version('1.28.7', ['v1.2[7-9].*']),
    version('1.29.5', ['v1.(29|3[0-1]).*']),
    version('1.29.9', ['v1.(29|3[0-1]).*'], { stable: false }),
    version('1.30.7', ['v1.3[0-1].*']),
  ]);

  it('flags an installed version that does not support the target and proposes the newest stable compatible one', () => {
    const result = assessAddon('coredns', '1.27.1', coredns, vm);
    expect(result.current).toBe('unsupported');
    expect(result.options.map((o) => o.version)).toEqual(['1.29.5', '1.28.7', '1.29.9']);
    expect(result.proposal).toBe('1.29.5');
  });

  it('offers no version older than the installed one, but the installed one itself when it fits', () => {
    const result = assessAddon('coredns', '1.29.5', coredns, vm);
    expect(result.current).toBe('supported');
    expect(result.options.map((o) => o.version)).toEqual(['1.29.5', '1.29.9']);
  });

  it('has no proposal when no version supports the target', () => {
    const result = assessAddon('coredns', '1.27.1', coredns, { ...vm, version: 'v1.32' });
    expect(result).toMatchObject({ current: 'unsupported', options: [], proposal: undefined });
  });

  it('honours cluster type when choosing: an x86-only version is not offered to an ARM64 cluster', () => {
    const mixed = template([version('1.27.1', ['v1.28.*']), version('1.28.7', ['v1.29.*'], { clusterType: 'ARM64' }), version('1.29.5', ['v1.29.*'])]);
    expect(assessAddon('coredns', '1.27.1', mixed, vm).options.map((o) => o.version)).toEqual(['1.29.5']);
    expect(assessAddon('coredns', '1.27.1', mixed, { ...vm, clusterType: 'ARM64' }).options.map((o) => o.version)).toEqual(['1.28.7']);
  });

  it('says unknown when there is no template or the installed version is not in it, and reports invalid patterns', () => {
    expect(assessAddon('coredns', '1.27.1', undefined, vm)).toMatchObject({ current: 'unknown', options: [] });
    const broken = template([version('1.27.1', ['v1.28.*']), version('1.29.5', ['v1.[29'])]);
    expect(assessAddon('coredns', '1.26.0', broken, vm)).toMatchObject({ current: 'unknown', options: [], invalidPatterns: ['v1.[29'] });
  });
});
