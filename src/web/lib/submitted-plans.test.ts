import { describe, expect, it } from 'vitest';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest } from '../../shared/plan';
import { ids } from '../testing/fixtures';
import { loadSubmittedPlan, saveSubmittedPlan } from './submitted-plans';

const body = serializeUpgradeRequest(toUpgradeRequest({ ...emptyPlan(ids.prod), targetVersion: 'v1.29', userDefinedStep: 4 }));

describe('submitted plans', () => {
  it('reads back exactly the text that was submitted, parsed with the request schema', () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body });
    const plan = loadSubmittedPlan(ids.task, ids.prod);
    expect(plan?.body).toBe(body);
    expect(plan?.request.spec.clusterUpgradeAction.strategy.inPlaceRollingUpdate.userDefinedStep).toBe(4);
  });

  it('has nothing for another cluster, an unknown task or a body that no longer parses', () => {
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body });
    expect(loadSubmittedPlan(ids.task, ids.edge)).toBeNull();
    expect(loadSubmittedPlan('another-task', ids.prod)).toBeNull();
    saveSubmittedPlan(ids.task, { clusterId: ids.prod, body: body.replace('"v3"', '"v4"') });
    expect(loadSubmittedPlan(ids.task, ids.prod)).toBeNull();
    localStorage.setItem(`cce-upgrade-planner:submitted:${ids.task}`, '{not json');
    expect(loadSubmittedPlan(ids.task, ids.prod)).toBeNull();
  });

  it('keeps only the most recent twenty', () => {
    for (let n = 0; n < 25; n++) saveSubmittedPlan(`task-${n}`, { clusterId: ids.prod, body });
    expect(Object.keys(localStorage).filter((key) => key.startsWith('cce-upgrade-planner:submitted:'))).toHaveLength(20);
    expect(loadSubmittedPlan('task-24', ids.prod)).not.toBeNull();
  });
});
