import { describe, expect, it } from 'vitest';
import { upgradeTaskSchema } from './cce-responses';
import { upgradeTaskItems } from './upgrade-task-items';

const task = (items: unknown) =>
  upgradeTaskSchema.parse({ metadata: { uid: 't' }, spec: { version: 'v1.28', targetVersion: 'v1.29', items }, status: { phase: 'Running' } });

describe('upgradeTaskItems', () => {
  it('reads the stage, wave and node counts and the patched add-ons', () => {
    expect(
      upgradeTaskItems(task({ stage: 'Nodes', currentWave: 3, totalWaves: 7, totalNodes: 12, upgradedNodes: 4, upgradingNodes: 2, addons: [{ addonTemplateName: 'coredns', version: '1.29.4' }] })),
    ).toEqual({ stage: 'Nodes', currentWave: 3, totalWaves: 7, totalNodes: 12, upgradedNodes: 4, upgradingNodes: 2, addons: [{ addonTemplateName: 'coredns', version: '1.29.4' }] });
  });

  it('drops a malformed field alone and keeps what it does not know', () => {
    expect(upgradeTaskItems(task({ stage: 'Nodes', currentWave: -1, addons: 'coredns', extra: true }))).toEqual({ stage: 'Nodes', extra: true });
  });

  it('answers {} when CCE sends no items or something other than an object', () => {
    expect(upgradeTaskItems(task(undefined))).toEqual({});
    expect(upgradeTaskItems(task('free text'))).toEqual({});
  });
});
