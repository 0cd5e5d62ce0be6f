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

const planFileSection = () => screen.findByRole('region', { name: 'Plan file and exports' });

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

describe('export a revision for another tool', () => {
  it('writes Terraform only after the person read what it cannot carry', async () => {
    const downloads = captureDownloads();
    const { user } = renderPlanPage();
    await user.click(within(await planFileSection()).getByRole('button', { name: 'Terraform (HCL)…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export as Terraform' });
    const losses = within(dialog).getByRole('list', { name: 'What this export does not carry or confirm' });
    expect(losses).toHaveTextContent(/request: the provider builds its own UpgradeCluster body/);
    const download = within(dialog).getByRole('button', { name: 'Download HCL' });
    expect(download).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: 'I have read what this export leaves out' }));
    await user.click(download);
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe('prod-payments-v1.29-20260303-1015-r2.tf');
    const hcl = await downloads[0]!.text();
    expect(hcl).toMatch(/^# CCE cluster upgrade of "prod-payments"/);
    expect(hcl).toContain('resource "huaweicloud_cce_cluster_upgrade"');
    expect(hcl).toContain(`user_defined_step = ${revision2.plan.userDefinedStep}`);
  });

  it('writes the hcloud script for this planner’s region and project, naming what is unconfirmed', async () => {
    const downloads = captureDownloads();
    const { user } = renderPlanPage();
    await user.click(within(await planFileSection()).getByRole('button', { name: 'hcloud script…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export as hcloud (KooCLI) commands' });
    expect(within(dialog).getByRole('list', { name: 'What this export does not carry or confirm' })).toHaveTextContent(/CreatePreCheck/);
    await user.click(within(dialog).getByRole('checkbox', { name: 'I have read what this export leaves out' }));
    await user.click(within(dialog).getByRole('button', { name: 'Download script' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const script = await downloads[0]!.text();
    expect(downloads[0]!.name).toBe('prod-payments-v1.29-20260303-1015-r2.sh');
    expect(script).toMatch(/^#!\/bin\/sh/);
    expect(script).toContain('hcloud CCE UpgradeCluster');
    // The upgrade body goes out as the revision's text, inside KooCLI's JSON-input wrapper.
    expect(script).toContain(revision2.request);
  });
});
