import { describe, expect, it } from 'vitest';
import type { SubmitBlocker } from '../../../shared/pre-check-verdict';
import { activateLocale } from '../../i18n/i18n';
import { describeBlocker } from './blocker-words';

// src/shared/pre-check-verdict.ts decides what blocks a submit once, as data; the SPA words it from its catalogue.
// A Record by code: a new kind of blocker does not compile until it is here.
const every: Record<SubmitBlocker['code'], SubmitBlocker> = {
  'not-run': { code: 'not-run' },
  changed: { code: 'changed', changes: ['cluster', 'target-version', 'addons'] },
  running: { code: 'running' },
  error: { code: 'error', message: 'agent unreachable' },
  expired: { code: 'expired' },
  risk: { code: 'risk', name: 'NodeKernel' },
  exception: { code: 'exception', name: 'ClusterLimit' },
};
const blockers = Object.values(every);

describe('submit blockers in the planner’s language', () => {
  it('say every kind of blocker in English, with what to do', () => {
    expect(Object.fromEntries(blockers.map((blocker) => [blocker.code, describeBlocker(blocker)]))).toEqual({
      'not-run': 'The pre-upgrade check has not run for this plan. Run it on this page before submitting.',
      changed: 'The plan changed after the check (the cluster, the target version, the add-on changes). Run the check again.',
      running: 'The pre-upgrade check is still running. Wait for it to finish.',
      error: 'The pre-upgrade check could not run: agent unreachable. Fix the cause, then run the check again.',
      expired: 'The pre-upgrade check result has expired. Run the check again.',
      risk: 'Risk “NodeKernel” is not accepted. Accept it with a reason, or fix it and run the check again.',
      exception: 'Exception “ClusterLimit” must be fixed before upgrading. Fix it, then run the check again.',
    });
  });

  it('say every kind of blocker in Chinese, keeping CCE’s names and messages as sent', async () => {
    await activateLocale('zh-CN');
    expect(Object.fromEntries(blockers.map((blocker) => [blocker.code, describeBlocker(blocker)]))).toEqual({
      'not-run': '尚未对此计划执行升级前检查。请在提交前于本页面执行检查。',
      changed: '执行检查后计划已变更（集群、目标版本、插件变更）。请重新执行检查。',
      running: '升级前检查仍在进行中。请等待检查完成。',
      error: '升级前检查无法执行：agent unreachable。请排除原因后重新执行检查。',
      expired: '升级前检查结果已过期。请重新执行检查。',
      risk: '风险项“NodeKernel”尚未接受。请填写理由接受该风险，或修复后重新执行检查。',
      exception: '升级前必须修复异常项“ClusterLimit”。请修复后重新执行检查。',
    });
  });
});
