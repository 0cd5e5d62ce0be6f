import { fireEvent, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { idempotencyKeySchema } from '../../../shared/bff-api';
import { BffCode } from '../../../shared/bff-errors';
import type { PlanFile, PlanFileCheck } from '../../../shared/plan-file';
import { bffError } from '../../testing/handlers';
import { reviewPlanFile, savedPlanFile } from '../../testing/plan-fixtures';
import { renderWithProviders } from '../../testing/render';
import { activateLocale } from '../../i18n/i18n';
import { PlanFileFacts } from './components/plan-import/PlanFileFacts';
import { server } from '../../testing/server';
import { renderWizard, storeDraftAt } from '../../testing/upgrade-wizard';
import { PlanImportPage } from './components/plan-import/PlanImportPage';
import { DRAFT_KEY } from './draft-storage';
import { newSafeSubmitState } from './safe-submit-state';

const fileOf = (content: string, name = 'prod-payments-v1.29-20260303-1015-r2.cce-plan.json') => new File([content], name, { type: 'application/json' });
const planFile = (file: PlanFile, name?: string) => fileOf(`${JSON.stringify(file, null, 2)}\n`, name);
const input = () => screen.getByLabelText('Choose a plan file');
const storedDraft = () => JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null');

function renderImport() {
  const onOpened = vi.fn();
  return { ...renderWithProviders(<PlanImportPage onOpened={onOpened} />), onOpened };
}

/** Answers the check with `check` and records the files it was asked about. */
function answerCheck(check: Partial<PlanFileCheck>) {
  const asked: unknown[] = [];
  server.use(
    http.post('*/api/clusters/:clusterId/plan-files/check', async ({ request }) => {
      asked.push(await request.json());
      return HttpResponse.json({ problems: [], checkedAt: '2026-03-04T09:00:00Z', drift: [], ...check });
    }),
  );
  return asked;
}

describe('open a plan file', () => {
  it('shows a sound, unchanged file’s facts and opens its plan on the review step, without its check and with a new key', async () => {
    // A plan being drafted in this tab, with the key its submit would carry.
    const earlierKey = '0f0f0f0f-0000-4000-8000-000000000000';
    storeDraftAt('strategy');
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ ...storedDraft(), safeSubmit: { ...newSafeSubmitState(), idempotencyKey: earlierKey } }));
    const asked = answerCheck({});
    const { user, onOpened, unmount } = renderImport();
    await user.upload(input(), planFile(savedPlanFile));

    const report = await screen.findByRole('region', { name: 'Plan for prod-payments' });
    const facts = within(report).getByLabelText('About this plan file');
    expect(facts).toHaveTextContent('Clusterprod-payments');
    expect(facts).toHaveTextContent('Upgradev1.28 → v1.29');
    expect(facts).toHaveTextContent('b2b2b2b2b2b2…');
    expect(facts).toHaveTextContent(/Revision 2 of a saved plan, by Ravi Kumar; approved by Mei Chen/);
    expect(within(report).getByRole('heading', { name: 'The cluster is as it was when this plan was made' })).toBeInTheDocument();
    expect(within(report).queryByText('This file is not consistent')).not.toBeInTheDocument();
    // The BFF was asked about the file exactly as read, at the file's own cluster.
    expect(asked).toEqual([savedPlanFile]);

    await user.click(within(report).getByRole('button', { name: 'Open for review' }));
    expect(onOpened).toHaveBeenCalledOnce();
    const draft = storedDraft();
    expect(draft).toMatchObject({ stepId: 'review', plan: savedPlanFile.plan, revise: null });
    expect(draft.safeSubmit).toMatchObject({ acceptedRisks: savedPlanFile.acceptedRisks, preCheck: null, pendingSubmit: null });
    expect(idempotencyKeySchema.parse(draft.safeSubmit.idempotencyKey)).not.toBe(earlierKey);

    unmount();
    renderWizard();
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
  });

  it('lists what changed in the cluster and offers to re-plan from the file', async () => {
    answerCheck({
      drift: [
        { kind: 'node-added', change: { kind: 'node-added', node: 'pay-api-5', pool: 'pay-api' }, message: 'BFF English: node added' },
        { kind: 'pre-check-expired', change: { kind: 'pre-check-expired', taskId: 'pc-1', expiresAt: '2026-03-09T10:00:00Z' }, message: 'BFF English: pre-check expired' },
      ],
    });
    const { user, onOpened } = renderImport();
    await user.upload(input(), planFile(savedPlanFile));
    expect(await screen.findByRole('heading', { name: 'The cluster changed since this plan was made' })).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What changed in the cluster' })).toHaveTextContent(/^Node pay-api-5 was added to pool pay-apiThe pre-check \(task pc-1\) expired at .*2026.*: run it again$/);
    expect(screen.getByText(/The plan will be re-checked against the cluster as it is now/)).toBeInTheDocument();
    expect(screen.queryByText('The cluster is as it was when this plan was made')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Re-plan from this file' }));
    expect(onOpened).toHaveBeenCalledOnce();
    expect(storedDraft().plan).toEqual(savedPlanFile.plan);
  });

  it('says when the file contradicts itself, path by path', async () => {
    answerCheck({
      problems: [
        { code: 'plan-cluster', path: 'plan.clusterId', message: 'BFF English: another cluster' },
        { code: 'request-text', path: 'request', message: 'BFF English: not the plan' },
      ],
    });
    const { user } = renderImport();
    await user.upload(input(), planFile({ ...reviewPlanFile, request: '{"spec":{}}' }));
    expect(await screen.findByText('This file is not consistent')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What is inconsistent in the file' })).toHaveTextContent(
      `plan.clusterId names cluster ${reviewPlanFile.plan.clusterId}, but the file is for ${reviewPlanFile.cluster.id}request is not the text of the file’s plan: the file was edited by hand, or made by another tool`,
    );
  });

  it('names a file that is not JSON, then opens the next one picked', async () => {
    const asked = answerCheck({});
    const { user } = renderImport();
    await user.upload(input(), fileOf('{"format": "cce-upgrade-plan",', 'broken.cce-plan.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.cce-plan.json is not JSON');
    expect(alert).toHaveTextContent(/Nothing was opened/);
    expect(asked).toEqual([]);

    await user.upload(input(), planFile(reviewPlanFile, 'fixed.cce-plan.json'));
    expect(await screen.findByRole('button', { name: 'Open for review' })).toBeInTheDocument();
    expect(screen.queryByText(/is not JSON/)).not.toBeInTheDocument();
  });

  it('lists every schema issue with its path and asks the BFF nothing', async () => {
    const asked = answerCheck({});
    const { user } = renderImport();
    const bad = { ...reviewPlanFile, formatVersion: 2, plan: { ...reviewPlanFile.plan, userDefinedStep: 0 } };
    await user.upload(input(), fileOf(JSON.stringify(bad), 'future.cce-plan.json'));
    const issues = await screen.findByRole('list', { name: 'What is wrong with the file' });
    const lines = within(issues).getAllByRole('listitem').map((item) => item.textContent);
    expect(lines).toContain('formatVersion: only format version 1 is known');
    expect(lines.some((line) => line?.startsWith('plan.userDefinedStep: '))).toBe(true);
    expect(screen.getByRole('alert')).toHaveTextContent('future.cce-plan.json is not a plan file the planner can open');
    expect(asked).toEqual([]);
    // The page is still usable: the picker is there for the next file.
    expect(input()).toBeEnabled();
  });

  it('says why the check failed and checks again on Retry', async () => {
    server.use(
      http.post('*/api/clusters/:clusterId/plan-files/check', () => bffError({ status: 403, code: BffCode.FORBIDDEN_CLUSTER, message: 'Not on your allow-list' }), { once: true }),
    );
    const { user } = renderImport();
    await user.upload(input(), planFile(reviewPlanFile));
    expect(await screen.findByText('This cluster is not on your allow-list')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open for review' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Open for review' })).toBeInTheDocument();
  });

  it('takes a file from the keyboard (the labelled input is one Tab away) or dropped on the zone', async () => {
    const { user } = renderImport();
    await user.tab();
    expect(input()).toHaveFocus();
    expect(input()).toHaveAttribute('type', 'file');
    expect(input()).toHaveAccessibleDescription(/One \.cce-plan\.json file/);
    fireEvent.drop(screen.getByTestId('plan-file-drop-zone'), { dataTransfer: { files: [planFile(reviewPlanFile)] } });
    expect(await screen.findByRole('heading', { name: 'The cluster is as it was when this plan was made' })).toBeInTheDocument();
  });
});

describe('open a plan file, in Chinese', () => {
  it('says it all in Chinese: the file’s names and versions as they are, the BFF’s findings worded from their codes', async () => {
    await activateLocale('zh-CN');
    answerCheck({
      problems: [{ code: 'body-hash', path: 'bodySha256', message: 'BFF English: hash' }],
      drift: [{ kind: 'node-added', change: { kind: 'node-added', node: 'pay-api-5', pool: 'pay-api' }, message: 'BFF English: node added' }],
    });
    const { user, onOpened } = renderImport();
    expect(screen.getByRole('heading', { name: '打开计划文件' })).toBeInTheDocument();
    expect(screen.getByText(/^计划文件是从本规划器导出的升级计划/)).toBeInTheDocument();
    expect(screen.getByLabelText('选择计划文件')).toHaveAccessibleDescription('或将文件拖放到此处。仅限一个由规划器下载的.cce-plan.json文件。');

    await user.upload(screen.getByLabelText('选择计划文件'), fileOf('{"format": "cce-upgrade-plan",', 'broken.cce-plan.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.cce-plan.json不是JSON文件');
    expect(alert).toHaveTextContent('未打开任何计划。请选择规划器下载的.cce-plan.json文件，或修正此文件后重新选择。');

    await user.upload(screen.getByLabelText('选择计划文件'), planFile(savedPlanFile));
    const report = await screen.findByRole('region', { name: 'prod-payments的升级计划' });
    const facts = within(report).getByLabelText('关于此计划文件');
    expect(facts).toHaveTextContent('集群prod-payments');
    expect(facts).toHaveTextContent('升级v1.28 → v1.29');
    expect(facts).toHaveTextContent(/已保存已保存计划的修订版本2，作者：Ravi Kumar；批准人：Mei Chen（2026年/);
    expect(within(report).getByRole('heading', { name: '集群自制定此计划以来已变化' })).toBeInTheDocument();
    expect(within(report).getByRole('list', { name: '集群中的变化' })).toHaveTextContent('节点pay-api-5已加入节点池pay-api');
    expect(within(report).getByRole('list', { name: /^文件中/ })).toHaveTextContent('bodySha256不是请求规范化JSON的SHA-256：文本或哈希被修改过');
    expect(within(report).getByText(/^核对时间：2026年/)).toBeInTheDocument();
    await user.click(within(report).getByRole('button', { name: '从此文件重新规划' }));
    expect(onOpened).toHaveBeenCalledOnce();
  });

  it('counts a saved file’s approvals in Chinese: none, 1, 2 and 3; a file never saved says so', async () => {
    await activateLocale('zh-CN');
    const saved = savedPlanFile.saved!;
    const [mei] = saved.approvals;
    const approver = (name: string) => ({ ...mei!, reviewer: { ...mei!.reviewer, name } });
    const savedWith = (names: string[]): PlanFile => ({ ...savedPlanFile, saved: { ...saved, approvals: names.map(approver) } });
    const savedFact = () => within(screen.getByLabelText('关于此计划文件')).getAllByRole('definition').at(-1)!.textContent;

    const { rerender } = renderWithProviders(<PlanFileFacts file={savedWith([])} />);
    expect(savedFact()).toBe('已保存计划的修订版本2，作者：Ravi Kumar；未获批准');
    rerender(<PlanFileFacts file={savedWith(['Mei Chen'])} />);
    expect(savedFact()).toMatch(/^已保存计划的修订版本2，作者：Ravi Kumar；批准人：Mei Chen（2026年[^）]+）$/);
    rerender(<PlanFileFacts file={savedWith(['Mei Chen', 'Ana Silva'])} />);
    expect(savedFact()).toMatch(/批准人：Mei Chen（[^）]+）、Ana Silva（[^）]+）$/);
    rerender(<PlanFileFacts file={savedWith(['Mei Chen', 'Ana Silva', 'Li Wei'])} />);
    expect(savedFact()).toMatch(/批准人：Mei Chen（[^）]+）、Ana Silva（[^）]+）、Li Wei（[^）]+）$/);
    rerender(<PlanFileFacts file={reviewPlanFile} />);
    expect(savedFact()).toBe('否：在保存并送审之前从向导中导出');
  });
});
