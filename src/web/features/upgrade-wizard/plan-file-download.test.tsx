import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { BffCode } from '../../../shared/bff-errors';
import { emptyPlan, serializeUpgradeRequest, toUpgradeRequest, type Plan } from '../../../shared/plan';
import { planFileSchema } from '../../../shared/plan-file';
import { saveRevisionSchema } from '../../../shared/plans-api';
import { captureDownloads } from '../../testing/downloads';
import { ids, session } from '../../testing/fixtures';
import { bffError } from '../../testing/handlers';
import { server } from '../../testing/server';
import { renderWizardAt, stepLoaded } from '../../testing/upgrade-wizard';

const choices = { targetVersion: 'v1.30', userDefinedStep: 7, scope: 'NodePool' as const };
const plan: Plan = { ...emptyPlan(ids.prod), ...choices };
const requestJson = () => screen.getByRole('region', { name: 'Upgrade request JSON' }).textContent;

/** Records each export's body (parsed with the contract's schema) and lets the happy handler answer. */
function recordExports() {
  const bodies: unknown[] = [];
  server.use(
    http.post('*/api/clusters/:clusterId/plan-file', async ({ request }) => {
      bodies.push(saveRevisionSchema.parse(await request.clone().json()));
    }),
  );
  return bodies;
}

describe('download a plan file from the review step', () => {
  it('posts exactly the text the review shows and saves the BFF’s file under the cluster, target and export time', async () => {
    const bodies = recordExports();
    const downloads = captureDownloads();
    const { user, onSaved } = renderWizardAt('review', choices);
    await stepLoaded('Review and submit');
    await user.click(await screen.findByRole('button', { name: 'Download plan file' }));
    await waitFor(() => expect(downloads).toHaveLength(1));

    const text = serializeUpgradeRequest(toUpgradeRequest(plan));
    expect(requestJson()).toBe(text);
    expect(bodies).toEqual([{ request: text, plan, acceptedRisks: [], preCheckTaskId: null }]);
    expect(downloads[0]!.name).toBe('prod-a-v1.30-20260303-1015.cce-plan.json');
    const content = await downloads[0]!.text();
    // Pretty-printed, ending in a newline, and a plan file the planner reads back: of this text, not yet saved.
    expect(content.endsWith('}\n')).toBe(true);
    const file = planFileSchema.parse(JSON.parse(content));
    expect(content).toBe(`${JSON.stringify(file, null, 2)}\n`);
    expect(file).toMatchObject({ request: text, plan, cluster: { id: ids.prod, name: 'prod-a' }, saved: null });
    // A download is no save: the wizard stays, and so does its draft.
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 2, name: 'Review and submit' })).toBeInTheDocument();
  });

  it('is offered to a viewer, who may not save or submit', async () => {
    server.use(http.get('*/api/session', () => HttpResponse.json({ ...session, auth: 'oidc', approvalsRequired: 1, user: { name: 'Pat viewer', role: 'viewer', canSubmit: false } })));
    const downloads = captureDownloads();
    const { user } = renderWizardAt('review', choices);
    expect(await screen.findByText(/You are signed in as a viewer/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save for review' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Download plan file' }));
    await waitFor(() => expect(downloads.map((download) => download.name)).toEqual(['prod-a-v1.30-20260303-1015.cce-plan.json']));
  });

  it('says why the file could not be made, downloads nothing, and downloads on a second try', async () => {
    const downloads = captureDownloads();
    server.use(http.post('*/api/clusters/:clusterId/plan-file', () => bffError({ status: 502, code: BffCode.UPSTREAM_UNREACHABLE, message: 'CCE did not answer the snapshot' }), { once: true }));
    const { user } = renderWizardAt('review', choices);
    const button = await screen.findByRole('button', { name: 'Download plan file' });
    await user.click(button);
    expect(await screen.findByText('CCE could not be reached')).toBeInTheDocument();
    expect(downloads).toEqual([]);
    await user.click(button);
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(screen.queryByText('CCE could not be reached')).not.toBeInTheDocument();
  });
});
