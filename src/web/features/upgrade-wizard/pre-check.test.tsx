import { act, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { emptyPlan, type Plan } from '../../../shared/plan';
import { ids, preCheckId, preCheckTask, type PreCheckFindings } from '../../testing/fixtures';
import { cceRoute } from '../../testing/handlers';
import { server } from '../../testing/server';
import { confirmSubmit, findRunButton, renderWizard, renderWizardAt } from '../../testing/upgrade-wizard';
import { DRAFT_KEY } from './draft-storage';

const NODE = { uid: 'a0000000-0000-4000-8000-000000000002', name: 'general-x86-1' };
const nodeRisk = { name: 'NodeKernelVersion', kind: 'Risk', group: 'NodeCheck', level: 'Warning', phase: 'Failed', message: 'Kernel 4.18 has a known cgroup issue', riskSource: { nodeRisks: [{ NodeID: NODE.uid }] } };
const limitException = { name: 'ClusterQuota', kind: 'Exception', group: 'LimitCheck', level: 'Fatal', phase: 'Failed', message: 'Not enough ECS quota to add a surge node' };
const corednsException = {
  name: 'AddonCompatibility',
  kind: 'Exception',
  group: 'AddonCheck',
  level: 'Fatal',
  phase: 'Failed',
  message: 'coredns 1.27.1 does not support v1.29',
  riskSource: { addonRisks: [{ addonTemplateName: 'coredns' }] },
};

interface Recorded {
  creates: unknown[];
}

/** CreatePreCheck answers with a new task each time; ShowPreCheck walks through the given answers, then repeats the last. */
function checkSequence(...answers: ReturnType<typeof preCheckTask>[][]): Recorded {
  const recorded: Recorded = { creates: [] };
  server.use(
    http.post(cceRoute('createPreCheck'), async ({ request }) => {
      recorded.creates.push(await request.json());
      return HttpResponse.json(preCheckTask('Init', {}, {}, `b0000000-0000-4000-8000-00000000000${recorded.creates.length}`));
    }),
    http.get(cceRoute('showPreCheck'), ({ params }) => {
      const run = answers[recorded.creates.length - 1] ?? answers.at(-1)!;
      const shown = run.shift() ?? preCheckTask('Success');
      if (run.length === 0) run.push(shown);
      return HttpResponse.json({ ...shown, metadata: { ...shown.metadata, uid: params.task_id } });
    }),
  );
  return recorded;
}

const found = (findings: PreCheckFindings) => preCheckTask('Success', findings);
const openReview = (plan: Partial<Plan> = {}) => renderWizardAt('review', plan);
const status = () => screen.getByRole('status', { name: 'Pre-upgrade check status' });
const blockers = () => within(screen.getByRole('list', { name: 'Why submit is blocked' })).getAllByRole('listitem').map((item) => item.textContent);

describe('pre-upgrade check', () => {
  it('runs the check for the plan, says how far CCE has got, and sets isOnlyUpgrade once it passes', async () => {
    const running = () => preCheckTask('Running', { cluster: [{ name: 'ClusterQuota', phase: 'Success' }, { name: 'MasterHealth', phase: 'Running' }] });
    // CCE stays Running (the last answer repeats) until the test has seen it say so.
    const recorded = checkSequence([preCheckTask('Init'), running()]);
    const { user } = openReview();
    const run = await findRunButton();
    expect(blockers()).toEqual(['The pre-upgrade check has not run for this plan. Run it on this page before submitting.']);
    expect(screen.getByRole('region', { name: 'Upgrade request JSON' })).not.toHaveTextContent('isOnlyUpgrade');
    await user.click(run);
    await waitFor(() => expect(status()).toHaveTextContent('CCE is checking the cluster, its add-ons and its nodes. 1 of 2 check items finished.'));
    expect(blockers()).toEqual(['The pre-upgrade check is still running. Wait for it to finish.']);
    server.use(http.get(cceRoute('showPreCheck'), () => HttpResponse.json(found({}))));
    await waitFor(() => expect(status()).toHaveTextContent('The check finished: no findings.'));
    expect(recorded.creates).toEqual([
      { apiVersion: 'v3', kind: 'PreCheckTask', spec: { clusterID: ids.prod, clusterVersion: 'v1.28.15-r30', targetVersion: 'v1.29' } },
    ]);
    expect(screen.getByText('The pre-upgrade check passed')).toBeInTheDocument();
    // The preview is derived with the verdict, in the same render as the note: never a render behind.
    expect(screen.getByRole('region', { name: 'Upgrade request JSON' })).toHaveTextContent('"isOnlyUpgrade": true');
  });

  it('lists findings under Cluster, Add-ons and Nodes with kind, level, message and node name; an Exception blocks', async () => {
    checkSequence([found({ cluster: [limitException], addons: [corednsException], nodes: [{ ...NODE, items: [nodeRisk, { name: 'NodeDisk', phase: 'Success', message: 'Skipped: accepted' }] }] })]);
    const { user } = openReview();
    await user.click(await findRunButton());
    await waitFor(() => expect(status()).toHaveTextContent('The check finished with 3 findings.'));
    const cluster = screen.getByRole('list', { name: 'Cluster findings' });
    expect(cluster).toHaveTextContent('Exception: must be fixed');
    expect(cluster).toHaveTextContent('ClusterQuota');
    expect(cluster).toHaveTextContent('Level Fatal');
    expect(cluster).toHaveTextContent('Not enough ECS quota to add a surge node');
    expect(screen.getByRole('list', { name: 'Add-ons findings' })).toHaveTextContent('Add-ons: coredns');
    const nodes = screen.getByRole('list', { name: 'Nodes findings' });
    expect(within(nodes).getAllByRole('listitem', { name: /./ })).toHaveLength(1);
    expect(nodes).toHaveTextContent('Risk: may be accepted');
    expect(within(nodes).getByRole('list', { name: 'Nodes with NodeKernelVersion' })).toHaveTextContent(NODE.name);
    expect(blockers()).toEqual([
      'Exception “ClusterQuota” must be fixed before upgrading. Fix it, then run the check again.',
      'Exception “AddonCompatibility” must be fixed before upgrading. Fix it, then run the check again.',
      'Risk “NodeKernelVersion” is not accepted. Accept it with a reason, or fix it and run the check again.',
    ]);
    expect(screen.getByRole('region', { name: 'Upgrade request JSON' })).not.toHaveTextContent('isOnlyUpgrade');

    await user.click(screen.getByRole('button', { name: 'Submit upgrade' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Exception “ClusterQuota” must be fixed before upgrading.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('accepts a Risk only with a written reason, re-runs the check skipping it on its node, and submits the reason', async () => {
    const recorded = checkSequence([found({ nodes: [{ ...NODE, items: [nodeRisk] }] })], [found({})]);
    const submits: unknown[] = [];
    server.use(
      http.post('*/api/clusters/:cluster_id/upgrade', async ({ request }) => {
        submits.push(await request.json());
        return HttpResponse.json({ metadata: { uid: ids.task }, spec: {} });
      }),
    );
    const { user, onSubmitted } = openReview();
    await user.click(await findRunButton());
    await user.click(await screen.findByRole('button', { name: 'Accept risk NodeKernelVersion' }));
    const reason = screen.getByRole('textbox', { name: 'Reason for accepting NodeKernelVersion' });
    expect(reason).toHaveFocus();
    await user.type(reason, 'fine');
    await user.click(screen.getByRole('button', { name: 'Accept and run the check again' }));
    expect(reason).toHaveAccessibleDescription('Reason: explain in at least 10 characters why the risk is acceptable.');
    expect(recorded.creates).toHaveLength(1);

    await user.type(reason, ', fix ships');
    await user.click(screen.getByRole('button', { name: 'Accept and run the check again' }));
    await waitFor(() => expect(screen.getByText('The pre-upgrade check passed')).toBeInTheDocument());
    expect(recorded.creates[1]).toMatchObject({
      spec: { skippedCheckItemList: [{ name: 'NodeKernelVersion', resourceSelector: { key: 'node.uid', operator: 'In', values: [NODE.uid] } }] },
    });

    const dialog = await confirmSubmit(user);
    expect(dialog).toHaveTextContent('NodeKernelVersion: “fine, fix ships”');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm upgrade' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    expect(submits[0]).toMatchObject({
      acceptedRisks: [{ name: 'NodeKernelVersion', nodeUids: [NODE.uid], reason: 'fine, fix ships' }],
      preCheckTaskId: 'b0000000-0000-4000-8000-000000000002',
    });
  });

  it('counts an add-on Exception as resolved when the plan patches the add-on to a version that supports the target', async () => {
    checkSequence([found({ addons: [corednsException] })]);
    const { user } = openReview({ addons: [{ addonTemplateName: 'coredns', operation: 'patch', version: '1.29.5' }] });
    await user.click(await findRunButton());
    expect(await screen.findByText('Resolved by this plan: it upgrades coredns 1.29.5, which supports v1.29.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Patch the add-ons on the Add-ons step' })).not.toBeInTheDocument();
    expect(screen.getByText('The pre-upgrade check passed')).toBeInTheDocument();
  });

  it('links an add-on finding the plan does not fix yet to the Add-ons step, and Back returns to the check', async () => {
    checkSequence([found({ cluster: [limitException], addons: [corednsException] })]);
    const { user } = openReview();
    await user.click(await findRunButton());
    await waitFor(() => expect(status()).toHaveTextContent('The check finished with 2 findings.'));
    // Only the add-on finding: a cluster quota is not fixed by anything in the plan.
    expect(within(screen.getByRole('list', { name: 'Cluster findings' })).queryByRole('link')).not.toBeInTheDocument();
    const link = within(screen.getByRole('list', { name: 'Add-ons findings' })).getByRole('link', { name: 'Patch the add-ons on the Add-ons step' });
    expect(link).toHaveAttribute('href', '/plan/addons');
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 2, name: 'Add-ons' })).toHaveFocus();
    expect(window.location.pathname).toBe('/plan/addons');
    act(() => window.history.back());
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
    // The check's result is part of the plan's state: it is still there.
    await waitFor(() => expect(status()).toHaveTextContent('The check finished with 2 findings.'));
  });

  it('blocks an expired result and a check that could not run, offering to run it again', async () => {
    checkSequence([preCheckTask('Success', {}, { expireTimeStamp: '2020-01-01 00:00:00.000000 +0000 UTC' })], [preCheckTask('Error', {}, { message: 'node agent unreachable' })]);
    const { user } = openReview();
    await user.click(await findRunButton());
    await waitFor(() => expect(status()).toHaveTextContent(/The check result expired at .*\. Run the check again\./));
    expect(blockers()).toEqual(['The pre-upgrade check result has expired. Run the check again.']);
    await user.click(screen.getByRole('button', { name: 'Run the check again' }));
    await waitFor(() => expect(blockers()).toEqual(['The pre-upgrade check could not run: node agent unreachable. Fix the cause, then run the check again.']));
  });

  it('keeps the check and accepted risks over a reload, and blocks once the plan changes after the check', async () => {
    checkSequence([found({ nodes: [{ ...NODE, items: [nodeRisk] }] })]);
    const reason = 'kernel fix ships with this upgrade';
    const safeSubmit = {
      goalVersion: '',
      idempotencyKey: '9b2f3c4d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      acceptedRisks: [{ name: 'NodeKernelVersion', nodeUids: [NODE.uid], reason }],
      preCheck: { taskId: preCheckId, checked: { clusterId: ids.prod, targetVersion: 'v1.29', addons: [] } },
      pendingSubmit: null,
    };
    const store = (targetVersion: string) =>
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ stepId: 'review', plan: { ...emptyPlan(ids.prod), targetVersion }, safeSubmit }));
    store('v1.29');
    const first = renderWizard();
    expect(await screen.findByText(`Accepted, because: “${reason}”`)).toBeInTheDocument();
    expect(screen.getByText('The pre-upgrade check passed')).toBeInTheDocument();
    first.unmount();

    store('v1.30');
    renderWizard();
    await waitFor(() => expect(blockers()).toEqual(['The plan changed after the check (the target version). Run the check again.']));
    expect(screen.queryByRole('button', { name: /Accept risk/ })).not.toBeInTheDocument();
  });
});
