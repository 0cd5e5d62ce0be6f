import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { BffCode } from '../../../shared/bff-errors';
import { planFileSchema } from '../../../shared/plan-file';
import { captureDownloads } from '../../testing/downloads';
import { bffError } from '../../testing/handlers';
import { mei, planIds, revision1, revision2 } from '../../testing/plan-fixtures';
import { renderPlanPage } from '../../testing/plans';
import { server } from '../../testing/server';

const planFileSection = () => screen.findByRole('region', { name: 'Plan file' });

describe('download a revision as a plan file', () => {
  it('saves the revision’s file, named with its revision, with its exact text and approvals', async () => {
    const downloads = captureDownloads();
    const { user } = renderPlanPage();
    await user.click(within(await planFileSection()).getByRole('button', { name: 'Download plan file' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('prod-payments-v1.29-20260303-1015-r2.cce-plan.json');
    const content = await downloads[0]!.text();
    const file = planFileSchema.parse(JSON.parse(content));
    expect(content).toBe(`${JSON.stringify(file, null, 2)}\n`);
    expect(file.request).toBe(revision2.request);
    expect(file.saved).toEqual({ planId: planIds.plan, revision: 2, author: revision2.author, approvals: [{ reviewer: mei, at: '2026-03-03T10:00:00Z' }] });
  });

  it('downloads an earlier revision’s file from its page, and says why when it cannot', async () => {
    const downloads = captureDownloads();
    server.use(
      http.get('*/api/plans/:planId/revisions/:n/plan-file', () => bffError({ status: 503, code: BffCode.DATABASE_UNAVAILABLE, message: 'The plan store is not answering' }), { once: true }),
    );
    const { user } = renderPlanPage(1);
    const section = await planFileSection();
    await user.click(within(section).getByRole('button', { name: 'Download plan file' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent('The plan store is not answering');
    expect(downloads).toEqual([]);
    await user.click(within(section).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(downloads.map((download) => download.name)).toEqual(['prod-payments-v1.29-20260303-1015-r1.cce-plan.json']));
    expect(planFileSchema.parse(JSON.parse(await downloads[0]!.text())).request).toBe(revision1.request);
  });
});
