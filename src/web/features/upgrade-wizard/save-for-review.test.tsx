import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BffCode } from '../../../shared/bff-errors';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest, type Plan } from '../../../shared/plan';
import { revisionSchema, saveRevisionSchema, type Revision, type SaveRevision } from '../../../shared/plans-api';
import { ids, preCheckId, session } from '../../testing/fixtures';
import { bffError } from '../../testing/handlers';
import { server } from '../../testing/server';
import { fastTiming, passPreCheck, renderWizard, renderWizardAt } from '../../testing/upgrade-wizard';
import { DRAFT_KEY } from './draft-storage';

const choices = { targetVersion: 'v1.30', userDefinedStep: 7, scope: 'NodePool' as const };
const plan: Plan = { ...emptyPlan(ids.prod), ...choices };
const text = (isOnlyUpgrade: boolean) => serializeUpgradeRequest(toUpgradeRequest({ ...plan, isOnlyUpgrade }));

const planId = '3f2a9c1e-5b7d-4c2a-9e8f-0123456789ab';
const acceptedRisk = { name: 'NodeKernelVersion', reason: 'The kernel issue does not affect our workloads.' };
/** Revision 2 of a saved plan, checked when it was saved (so its text carries isOnlyUpgrade). */
const revision: Revision = revisionSchema.parse({
  planId,
  revision: 2,
  author: { subject: 'u-1', name: 'Pat operator' },
  createdAt: '2025-01-02T03:04:05.000Z',
  request: text(true),
  bodySha256: 'a'.repeat(64),
  plan: { ...plan, isOnlyUpgrade: true },
  poolNames: {},
  acceptedRisks: [acceptedRisk],
  preCheck: { taskId: preCheckId, phase: 'Success', expiresAt: null },
  snapshot: {
    takenAt: '2025-01-02T03:04:00.000Z',
    cluster: { id: ids.prod, name: 'prod-a', version: 'v1.28', patch: '', phase: 'Available' },
    pools: [],
    nodes: [],
    labelSource: 'derived',
    addons: [],
    runningTask: null,
  },
  snapshotSha256: 'b'.repeat(64),
});

const withApprovals = (approvalsRequired: number) => http.get('*/api/session', () => HttpResponse.json({ ...session, approvalsRequired }));

/** Records every save, new plan or new revision, answering with `answer` (201 with the next revision by default). */
function recordSaves(answer?: () => Response) {
  const saves: { url: string; body: SaveRevision }[] = [];
  const record = async (request: Request, next: number, id: string) => {
    // Parsed with the contract's schema: a body the BFF would refuse fails the test here.
    saves.push({ url: new URL(request.url).pathname, body: saveRevisionSchema.parse(await request.json()) });
    return answer?.() ?? HttpResponse.json({ planId: id, revision: next }, { status: 201 });
  };
  server.use(
    http.post('*/api/clusters/:clusterId/plans', ({ request }) => record(request, 1, planId)),
    http.post('*/api/plans/:planId/revisions', async ({ request, params }) => {
      const basedOn = ((await request.clone().json()) as SaveRevision).basedOn ?? 0;
      return record(request, basedOn + 1, String(params.planId));
    }),
  );
  return saves;
}

/** Serves revision 2 of the saved plan; returns how often it was read. */
function serveRevision() {
  const reads: string[] = [];
  server.use(
    http.get('*/api/plans/:planId/revisions/:n', ({ request }) => {
      reads.push(new URL(request.url).pathname);
      return HttpResponse.json(revision);
    }),
  );
  return reads;
}

const requestJson = () => screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent;
const editingLine = () => screen.queryByRole('note', { name: 'Revising a saved plan' });
const storedDraft = () => JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? 'null');

describe('save for review', () => {
  it('posts exactly the text the review shows, with the plan and its check, and opens the saved plan', async () => {
    const saves = recordSaves();
    const { user, onSaved, onSubmitted } = renderWizardAt('review', choices);
    await passPreCheck(user);
    expect(requestJson()).toBe(text(true));
    await user.click(screen.getByRole('button', { name: 'Save for review' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(planId, 1));
    expect(saves).toEqual([
      {
        url: `/api/clusters/${ids.prod}/plans`,
        body: { request: text(true), plan: { ...plan, isOnlyUpgrade: true }, acceptedRisks: [], preCheckTaskId: preCheckId },
      },
    ]);
    expect(onSubmitted).not.toHaveBeenCalled();
    // The plan is the server's now: a reload starts a new one.
    expect(sessionStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('says why a save failed and keeps the plan', async () => {
    recordSaves(() => bffError({ status: 403, code: BffCode.FORBIDDEN_ROLE, message: 'Operators only' }));
    const { user, onSaved } = renderWizardAt('review', choices);
    await user.click(await screen.findByRole('button', { name: 'Save for review' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your role does not allow this');
    expect(onSaved).not.toHaveBeenCalled();
    expect(storedDraft().plan.userDefinedStep).toBe(7);
  });
});

describe('the approvals rule', () => {
  it('with approvals required, offers no Submit: the plan is saved for review, without a check when none ran', async () => {
    server.use(withApprovals(1));
    const saves = recordSaves();
    const { user, onSaved } = renderWizardAt('review', choices);
    const save = await screen.findByRole('button', { name: 'Save for review' });
    // The page's main action now, where Submit was.
    expect(save).toHaveClass('MuiButton-contained');
    expect(
      screen.getByText(
        'This planner needs 1 approval from another operator before a plan is submitted: save it for review, share the link, and submit it from the plan page once approved.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit upgrade' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Nobody else will review this plan/)).not.toBeInTheDocument();
    await user.click(save);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(planId, 1));
    expect(saves.map((saved) => saved.body)).toEqual([{ request: text(false), plan: { ...plan, isOnlyUpgrade: false }, acceptedRisks: [], preCheckTaskId: null }]);
  });

  it('without approvals, keeps Submit and says plainly that nobody else will review the plan', async () => {
    server.use(withApprovals(0));
    renderWizardAt('review', choices);
    expect(await screen.findByRole('button', { name: 'Submit upgrade' })).toBeInTheDocument();
    expect(screen.getByText(/^Nobody else will review this plan: this planner needs no approvals/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Save for review' })).toHaveClass('MuiButton-outlined');
    expect(screen.queryByText(/This planner needs \d+ approval/)).not.toBeInTheDocument();
  });

  it('offers a viewer neither Submit nor Save', async () => {
    server.use(http.get('*/api/session', () => HttpResponse.json({ ...session, auth: 'oidc', approvalsRequired: 1, user: { name: 'Pat viewer', role: 'viewer', canSubmit: false } })));
    renderWizardAt('review', choices);
    expect(await screen.findByText(/You are signed in as a viewer/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save for review' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit upgrade' })).not.toBeInTheDocument();
    expect(screen.queryByText(/approval/)).not.toBeInTheDocument();
  });
});

describe('revising a saved plan', () => {
  const revise = { planId, revision: 2 };

  it('opens the revision at review with its accepted risks and no check, and saves revision 3 based on 2', async () => {
    const reads = serveRevision();
    const saves = recordSaves();
    const { user, onSaved } = renderWizard(fastTiming, { revise });
    expect(await screen.findByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
    expect(editingLine()).toHaveTextContent(`Editing plan ${planId.slice(0, 8)} revision 2: saving makes revision 3.`);
    expect(within(editingLine()!).getByRole('link', { name: planId.slice(0, 8) })).toHaveAttribute('href', `/plans/${planId}`);
    expect(reads).toEqual([`/api/plans/${planId}/revisions/2`]);
    // The old check was of the cluster as it was: the text loses isOnlyUpgrade until the check runs again.
    expect(requestJson()).toBe(text(false));
    const draft = storedDraft();
    expect(draft.safeSubmit).toMatchObject({ acceptedRisks: [acceptedRisk], preCheck: null });
    expect(draft.revise).toEqual(revise);

    await user.click(await screen.findByRole('button', { name: 'Save for review' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(planId, 3));
    expect(saves).toEqual([
      {
        url: `/api/plans/${planId}/revisions`,
        body: { request: text(false), plan: { ...plan, isOnlyUpgrade: false }, acceptedRisks: [acceptedRisk], preCheckTaskId: null, basedOn: 2 },
      },
    ]);
  });

  it('says in words when a newer revision exists, offering to open the plan', async () => {
    serveRevision();
    recordSaves(() => bffError({ status: 409, code: BffCode.REVISION_STALE, message: 'Revision 2 is not the latest revision' }));
    const { user, onSaved } = renderWizard(fastTiming, { revise });
    await user.click(await screen.findByRole('button', { name: 'Save for review' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A newer revision of this plan exists');
    expect(alert).toHaveTextContent('Someone saved a revision after revision 2, or the plan was submitted');
    expect(alert).not.toHaveTextContent('The cluster is busy');
    expect(within(alert).getByRole('link', { name: 'Open the plan' })).toHaveAttribute('href', `/plans/${planId}`);
    expect(onSaved).not.toHaveBeenCalled();
    expect(storedDraft().revise).toEqual(revise);
  });

  it('keeps revising the same plan over a reload, and Start over forgets it', async () => {
    const reads = serveRevision();
    const saves = recordSaves();
    const first = renderWizard(fastTiming, { revise });
    await first.user.click(await screen.findByRole('button', { name: 'Back' }));
    const addons = await screen.findByRole('heading', { level: 2, name: 'Add-ons' });
    expect(addons).toBeInTheDocument();
    first.unmount();

    // A reload of the plain wizard address: the draft alone says which plan it revises.
    const second = renderWizard();
    expect(screen.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeInTheDocument();
    expect(editingLine()).toHaveTextContent('revision 2: saving makes revision 3');
    second.unmount();

    // The plan page's address again: the draft of this revision is kept, not read anew.
    const third = renderWizard(fastTiming, { revise });
    expect(screen.getByRole('heading', { level: 2, name: 'Add-ons' })).toBeInTheDocument();
    expect(reads).toHaveLength(1);
    await third.user.click(screen.getByRole('button', { name: 'Next' }));
    await third.user.click(await screen.findByRole('button', { name: 'Save for review' }));
    await waitFor(() => expect(third.onSaved).toHaveBeenCalledWith(planId, 3));
    expect(saves.map((saved) => saved.url)).toEqual([`/api/plans/${planId}/revisions`]);
    third.unmount();

    storedDraftWithRevise();
    const fourth = renderWizard();
    expect(editingLine()).toBeInTheDocument();
    await fourth.user.click(screen.getByRole('button', { name: 'Start over' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('After starting over, saving makes a new plan, not a revision of the saved one.');
    await fourth.user.click(within(dialog).getByRole('button', { name: 'Discard the plan' }));
    await waitFor(() => expect(editingLine()).not.toBeInTheDocument());
    expect(storedDraft().revise).toBeNull();
  });
});

/** A draft revising revision 2, as a reload finds it. */
function storedDraftWithRevise() {
  sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ stepId: 'review', plan, revise: { planId, revision: 2 } }));
}
