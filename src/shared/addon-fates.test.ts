import { describe, expect, it } from 'vitest';
import { addonFates, addonsUpgradedAfterCluster, proposedPatches, type FateInput } from './addon-fates';
import { describeAddonLint, isBlockingAddonLint, lintAddonFates } from './addon-lints';
import { addonTemplateSchema } from './cce-responses';
import { describeLint, lintSeverity } from './plan-lints';

// Versions and windows as the simulator's catalogue publishes them (src/simulator/seed/addon-catalog.ts).
const template = (name: string, versions: [string, string[], boolean?][]) =>
  addonTemplateSchema.parse({
    metadata: { name },
    spec: {
      type: 'helm',
      versions: versions.map(([version, clusterVersion, stable = true]) => ({ version, stable, supportVersions: [{ clusterType: 'VirtualMachine', clusterVersion }] })),
    },
  });

const templates = [
  template('coredns', [
    ['1.27.1', ['v1.2[5-8].*']],
    ['1.28.7', ['v1.2[7-9].*']],
    ['1.29.5', ['v1.(29|3[0-1]).*']],
    ['1.29.11', ['v1.29.*', 'v1.3[0-1].*'], false],
    ['1.30.7', ['v1.3[0-1].*']],
  ]),
  template('npd', [['1.19.1', ['v1.2[5-9].*']], ['1.19.9', ['v1.(2[8-9]|3[0-1]).*']]]),
  template('autoscaler', [['1.28.22', ['v1.28.*']], ['1.29.17', ['v1.29.*']], ['1.30.15', ['v1.30.*']]]),
  template('metrics-server', [['1.3.60', ['v1.2[5-9].*', 'v1.3[0-1].*']]]),
  template('legacy', [['0.9.0', ['v1.2[5-9].*']]]),
];

const input = (overrides: Partial<FateInput>): FateInput => ({
  installed: [],
  patches: [],
  templates,
  kind: { clusterType: 'VirtualMachine', category: 'CCE' },
  currentVersion: 'v1.29',
  targetVersion: 'v1.30',
  ...overrides,
});

describe('addonFates', () => {
  // big-analytics, v1.29 → v1.30.
  const bigAnalytics = input({
    installed: [
      { name: 'coredns', version: '1.28.7' },
      { name: 'npd', version: '1.19.1' },
      { name: 'autoscaler', version: '1.29.17' },
      { name: 'metrics-server', version: '1.3.60' },
      { name: 'volcano', version: '1.13.3' },
    ],
  });

  it('accounts for every installed add-on, in CCE’s order', () => {
    expect(addonFates(bigAnalytics).map((fate) => [fate.name, fate.kind])).toEqual([
      ['coredns', 'incompatible'],
      ['npd', 'incompatible'],
      ['autoscaler', 'incompatible'],
      ['metrics-server', 'compatible'],
      ['volcano', 'unknown'],
    ]);
  });

  it('says CCE moves an add-on after the cluster only when a newer version runs on both cluster versions, and to which it may', () => {
    const [coredns, npd, autoscaler] = addonFates(bigAnalytics);
    expect(coredns).toEqual({ kind: 'incompatible', name: 'coredns', version: '1.28.7', proposal: '1.30.7', cce: { kind: 'upgrades', candidates: ['1.29.5', '1.29.11', '1.30.7'] } });
    expect(npd).toMatchObject({ proposal: '1.19.9', cce: { kind: 'upgrades', candidates: ['1.19.9'] } });
    // Built per Kubernetes minor: no version bridges v1.29 and v1.30.
    expect(autoscaler).toMatchObject({ proposal: '1.30.15', cce: { kind: 'leaves' } });
    // The estimate counts the add-ons upgraded after the cluster: here CCE's own two, the one it leaves costs no time.
    expect(addonsUpgradedAfterCluster(addonFates(bigAnalytics))).toBe(2);
  });

  it('takes a patch as the fate, from the installed version to the patched one, and says whether that one supports the target', () => {
    const fates = addonFates({ ...bigAnalytics, patches: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.30.7' }, { addonTemplateName: 'npd', operation: 'patch', version: '1.19.1' }] });
    expect(fates.slice(0, 2)).toEqual([
      { kind: 'patched', name: 'coredns', from: '1.28.7', to: '1.30.7', supportsTarget: true },
      { kind: 'patched', name: 'npd', from: '1.19.1', to: '1.19.1', supportsTarget: false },
    ]);
  });

  it('tells an unknown template from an installed version the template does not list', () => {
    const fates = addonFates(input({ installed: [{ name: 'volcano', version: '1.13.3' }, { name: 'coredns', version: '1.26.0' }] }));
    expect(fates).toEqual([
      { kind: 'unknown', name: 'volcano', version: '1.13.3', reason: 'no-template' },
      { kind: 'unknown', name: 'coredns', version: '1.26.0', reason: 'unpublished-version' },
    ]);
  });

  it('proposes a patch for each incompatible, unpatched add-on that has a version to go to', () => {
    const fates = addonFates({ ...bigAnalytics, installed: [...bigAnalytics.installed, { name: 'legacy', version: '0.9.0' }] });
    expect(proposedPatches(fates)).toEqual([
      { name: 'coredns', version: '1.30.7' },
      { name: 'npd', version: '1.19.9' },
      { name: 'autoscaler', version: '1.30.15' },
    ]);
  });
});

describe('lintAddonFates', () => {
  // prod-payments, v1.28 → v1.29.
  const prodPayments = input({
    currentVersion: 'v1.28',
    targetVersion: 'v1.29',
    installed: [
      { name: 'coredns', version: '1.27.1' },
      { name: 'autoscaler', version: '1.28.22' },
      { name: 'legacy', version: '0.9.0' },
      { name: 'metrics-server', version: '1.3.60' },
    ],
  });
  const versions = { currentVersion: 'v1.28', targetVersion: 'v1.29' };

  it('warns about each incompatible add-on with what CCE does, and blocks on one no version can carry to the target', () => {
    const lints = lintAddonFates(addonFates({ ...prodPayments, targetVersion: 'v1.30', installed: [...prodPayments.installed, { name: 'volcano', version: '1.13.3' }] }), [], { ...versions, targetVersion: 'v1.30' });
    expect(lints.map((lint) => [lint.kind, lintSeverity(lint)])).toEqual([
      ['addon-incompatible', 'warning'],
      ['addon-incompatible', 'warning'],
      ['addon-no-compatible-version', 'error'],
      ['addon-compat-unknown', 'warning'],
    ]);
    expect(describeLint(lints[2]!, (id) => id)).toBe(
      'legacy 0.9.0 does not support v1.30, and no published version of legacy from 0.9.0 on does, so neither this plan nor CCE can move it to one. Uninstall it in the CCE console, or choose another target version.',
    );
    expect(describeLint(lints[3]!, (id) => id)).toBe(
      'CCE publishes no template for volcano, so the planner cannot tell whether 1.13.3 supports v1.30 or what CCE does with it. Check it in the CCE console.',
    );
  });

  it('names the version CCE moves to when only one can, says it cannot tell when several can, and says when CCE leaves it', () => {
    const words = lintAddonFates(addonFates(prodPayments), [], versions).map(describeAddonLint);
    expect(words[0]).toBe(
      'coredns 1.27.1 does not support v1.29 and this plan does not patch it. A published version supports both v1.28 and v1.29, so CCE upgrades it after the cluster, to one of the newer versions that support v1.29 (1.28.7, 1.29.5 and 1.29.11), but the planner cannot tell which. To choose the version yourself, patch it to 1.29.5.',
    );
    expect(words[1]).toBe(
      'autoscaler 1.28.22 does not support v1.29 and this plan does not patch it. No published version supports both v1.28 and v1.29, so CCE leaves it on 1.28.22, unsupported by the upgraded cluster. Patch it to 1.29.17.',
    );
    const one = lintAddonFates(addonFates(input({ installed: [{ name: 'npd', version: '1.19.1' }] })), [], { currentVersion: 'v1.29', targetVersion: 'v1.30' });
    expect(describeAddonLint(one[0]!)).toBe(
      'npd 1.19.1 does not support v1.30 and this plan does not patch it. A published version supports both v1.29 and v1.30, so CCE upgrades it after the cluster, to 1.19.9: the one newer version that supports v1.30. To choose its values yourself, patch it to 1.19.9.',
    );
  });

  it('says nothing of patched and compatible add-ons, and blocks on a patch to an unsupported version or of an add-on not installed', () => {
    const patches = [
      { addonTemplateName: 'coredns', operation: 'patch' as const, version: '1.29.5' },
      { addonTemplateName: 'autoscaler', operation: 'patch' as const, version: '1.28.22' },
      { addonTemplateName: 'everest', operation: 'patch' as const, version: '2.4.62' },
    ];
    const lints = lintAddonFates(addonFates({ ...prodPayments, installed: prodPayments.installed.filter((addon) => addon.name !== 'legacy'), patches }), patches, versions);
    expect(lints).toEqual([
      { kind: 'addon-patch-unsupported', addon: 'autoscaler', version: '1.28.22', ...versions },
      { kind: 'addon-not-installed', addon: 'everest' },
    ]);
    expect(lints.every(isBlockingAddonLint)).toBe(true);
  });
});
