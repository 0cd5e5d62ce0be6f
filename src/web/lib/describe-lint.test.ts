import { afterEach, describe, expect, it } from 'vitest';
import { describeFateHeading as sharedFateHeading, type AddonFate } from '../../shared/addon-fates';
import { andList as sharedAndList, describeAddonLint as sharedAddonLint, describeCceOutcome as sharedCceOutcome, type AddonLint } from '../../shared/addon-lints';
import { describeLint as sharedLint, lintSeverity as sharedSeverity, type PlanLint } from '../../shared/plan-lints';
import { activateLocale } from '../i18n/i18n';
import { describeAddonLint, describeCceOutcome, describeFateHeading, describeLint, lintSeverity } from './describe-lint';
import { andList } from './word-lists';

const versions = { currentVersion: 'v1.28', targetVersion: 'v1.29' };
const addon = { addon: 'everest', version: '2.3.14', ...versions };
const poolName = (id: string) => (id === 'pool-1' ? 'gpu-pool' : id);

// Every kind, with each of its wordings (a kind missing here does not compile).
const samples: { [Kind in PlanLint['kind']]: Extract<PlanLint, { kind: Kind }>[] } = {
  'unknown-pool': [
    { kind: 'unknown-pool', poolId: 'gone', field: 'nodePoolOrder' },
    { kind: 'unknown-pool', poolId: 'gone', field: 'nodeOrder' },
  ],
  'selector-matches-nothing': [{ kind: 'selector-matches-nothing', poolId: 'pool-1', batch: 0 }],
  'label-key-absent': [{ kind: 'label-key-absent', poolId: 'pool-1', batch: 2, key: 'upgrade-wave' }],
  'nodes-in-two-batches': [
    { kind: 'nodes-in-two-batches', poolId: 'pool-1', nodes: ['a'], batches: [0, 2] },
    { kind: 'nodes-in-two-batches', poolId: 'pool-1', nodes: ['a', 'b'], batches: [0, 1] },
    { kind: 'nodes-in-two-batches', poolId: 'pool-1', nodes: ['a', 'b', 'c', 'd', 'e'], batches: [1, 3] },
  ],
  'uncovered-nodes': [
    { kind: 'uncovered-nodes', poolId: 'pool-1', count: 1, waves: [4] },
    { kind: 'uncovered-nodes', poolId: 'pool-1', count: 2, waves: [4] },
    { kind: 'uncovered-nodes', poolId: 'pool-1', count: 7, waves: [3, 4, 5] },
  ],
  'long-plan': [
    { kind: 'long-plan', highMinutes: 2400.25 },
    { kind: 'long-plan', highMinutes: 540 },
  ],
  'window-overrun': [
    { kind: 'window-overrun', overrunMinutes: 20, windowMinutes: 240 },
    { kind: 'window-overrun', overrunMinutes: 90.4, windowMinutes: 90 },
  ],
  'addon-incompatible': [
    { kind: 'addon-incompatible', ...addon, proposal: '2.4.62', cce: { kind: 'leaves' } },
    { kind: 'addon-incompatible', ...addon, proposal: '2.4.62', cce: { kind: 'upgrades', candidates: ['2.4.28'] } },
    { kind: 'addon-incompatible', ...addon, proposal: '2.4.62', cce: { kind: 'upgrades', candidates: ['2.4.28', '2.4.62'] } },
    { kind: 'addon-incompatible', ...addon, proposal: '2.4.62', cce: { kind: 'upgrades', candidates: ['2.4.28', '2.4.50', '2.4.62'] } },
  ],
  'addon-no-compatible-version': [{ kind: 'addon-no-compatible-version', ...addon }],
  'addon-compat-unknown': [
    { kind: 'addon-compat-unknown', ...addon, reason: 'no-template' },
    { kind: 'addon-compat-unknown', ...addon, reason: 'unpublished-version' },
  ],
  'addon-patch-unsupported': [{ kind: 'addon-patch-unsupported', ...addon }],
  'addon-not-installed': [{ kind: 'addon-not-installed', addon: 'ghost' }],
};
const lints: PlanLint[] = Object.values(samples).flat();
const addonLints = lints.filter((lint): lint is AddonLint => lint.kind.startsWith('addon-'));

const fates: AddonFate[] = [
  { kind: 'patched', name: 'coredns', from: '1.27.1', to: '1.29.5', supportsTarget: true },
  { kind: 'compatible', name: 'npd', version: '1.19.1' },
  { kind: 'incompatible', name: 'everest', version: '2.3.14', proposal: '2.4.62', cce: { kind: 'leaves' } },
  { kind: 'unknown', name: 'metrics-server', version: '1.3.60', reason: 'no-template' },
];

describe('plan lints in the planner’s language', () => {
  afterEach(() => activateLocale('en'));

  it.each(lints.map((lint) => [lint.kind, lint] as const))('say in English what the BFF and the CLI say: %s', (_kind, lint) => {
    expect(describeLint(lint, poolName)).toBe(sharedLint(lint, poolName));
    expect(lintSeverity(lint)).toBe(sharedSeverity(lint));
  });

  it('say the add-on lints, CCE’s outcomes, fates and lists in English as the BFF does', () => {
    for (const lint of addonLints) expect(describeAddonLint(lint)).toBe(sharedAddonLint(lint));
    for (const lint of samples['addon-incompatible']) expect(describeCceOutcome(lint.cce, lint.version, lint)).toBe(sharedCceOutcome(lint.cce, lint.version, lint));
    for (const fate of fates) expect(describeFateHeading(fate)).toBe(sharedFateHeading(fate));
    for (const words of [['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']]) expect(andList(words)).toBe(sharedAndList(words));
  });

  it('say them in Chinese, with one plural form, durations and lists in Chinese, CCE’s names verbatim', async () => {
    await activateLocale('zh-CN');
    const say = (lint: PlanLint) => describeLint(lint, poolName);
    const [, two, five] = samples['nodes-in-two-batches'];
    expect(say(samples['nodes-in-two-batches'][0]!)).toBe('节点池gpu-pool中有1个节点同时匹配批次1和批次3，将随优先级较高的批次升级。');
    expect(say(two!)).toBe('节点池gpu-pool中有2个节点同时匹配批次1和批次2，将随优先级较高的批次升级。');
    expect(say(five!)).toBe('节点池gpu-pool中有5个节点同时匹配批次2和批次4，将随优先级较高的批次升级。');
    const [one, twoNodes, seven] = samples['uncovered-nodes'];
    expect(say(one!)).toBe('节点池gpu-pool中有1个节点未匹配任何批次，将在该节点池中最后升级（第4波次）。');
    expect(say(twoNodes!)).toBe('节点池gpu-pool中有2个节点未匹配任何批次，将在该节点池中最后升级（第4波次）。');
    expect(say(seven!)).toBe('节点池gpu-pool中有7个节点未匹配任何批次，将在该节点池中最后升级（第3、4、5波次）。');
    expect(say(samples['long-plan'][0]!)).toBe('升级最长可能需要40小时1分钟，超过8小时。');
    expect(say(samples['window-overrun'][0]!)).toBe('升级可能在4小时的维护窗口结束后仍需20分钟。');
    expect(say(samples['unknown-pool'][0]!)).toBe('nodePoolOrder中的节点池gone在此集群中不存在，CCE将拒绝或忽略该配置。');
    expect(say(samples['label-key-absent'][0]!)).toBe('节点池gpu-pool中没有节点带有标签“upgrade-wave”（批次3）。');
    const [leaves, , twoCandidates] = samples['addon-incompatible'];
    expect(say(leaves!)).toBe(
      'everest 2.3.14不支持v1.29，且此计划未升级该插件。没有同时支持v1.28和v1.29的已发布版本，因此CCE会将其保留在2.3.14，而升级后的集群不支持该版本。请将其升级到2.4.62。',
    );
    expect(describeCceOutcome(twoCandidates!.cce, '2.3.14', versions)).toBe(
      '有已发布版本同时支持v1.28和v1.29，因此CCE会在集群升级后将其升级到某个支持v1.29的更新版本（2.4.28和2.4.62），但规划器无法确定是哪一个。',
    );
    expect(describeFateHeading(fates[1]!)).toBe('npd：1.19.1，保持不变');
    expect(andList(['coredns', 'everest', 'npd'])).toBe('coredns、everest和npd');
  });
});
