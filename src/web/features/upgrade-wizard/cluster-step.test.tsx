import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { bffError, cceRoute } from '../../testing/handlers';
import { BffCode } from '../../../shared/bff-errors';
import { server } from '../../testing/server';
import { next, renderWizard } from '../../testing/upgrade-wizard';
import { activateLocale } from '../../i18n/i18n';
import { clusterList, ids, upgradeTask, upgradeTaskList } from '../../testing/fixtures';

describe('cluster step', () => {
  it('lists clusters with name, version and a written status', async () => {
    renderWizard();
    const table = await screen.findByRole('table', { name: 'Clusters' });
    const row = within(table).getByRole('row', { name: /legacy-c/ });
    expect(await within(row).findByText('v1.27.16-r10')).toBeInTheDocument();
    expect(within(row).getByText('Unavailable')).toBeInTheDocument();
    expect(within(table).getAllByRole('radio')).toHaveLength(3);
  });

  it('blocks Next until a cluster is chosen', async () => {
    const { user } = renderWizard();
    await screen.findByRole('table', { name: 'Clusters' });
    await next(user);
    expect(await screen.findByText('Choose a cluster to continue.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Cluster' })).toBeInTheDocument();
  });

  it('shows the step’s buttons with the cluster list, not above it first (they would jump down the page)', async () => {
    let answer: () => void = () => {};
    const answered = new Promise<void>((resolve) => (answer = resolve));
    server.use(http.get(cceRoute('listClusters'), async () => (await answered, Response.json(clusterList))));
    renderWizard();
    expect(await screen.findByRole('progressbar', { name: 'Loading Cluster' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Next' })).not.toBeInTheDocument();
    answer();
    const table = await screen.findByRole('table', { name: 'Clusters' });
    const nextButton = screen.getByRole('button', { name: 'Next' });
    expect(table.compareDocumentPosition(nextButton) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('explains a 502 and recovers on Retry', async () => {
    let calls = 0;
    server.use(
      http.get(cceRoute('listClusters'), () => {
        calls += 1;
        return calls === 1 ? bffError({ status: 502, code: BffCode.UPSTREAM_UNREACHABLE, message: 'The planner could not reach CCE. Check the network and the CCE endpoint, then try again.' }) : Response.json(clusterList);
      }),
    );
    const { user } = renderWizard();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('CCE could not be reached');
    expect(alert).toHaveTextContent('The planner could not reach CCE');
    expect(alert).toHaveTextContent(/try again/i);
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('radio', { name: 'prod-a' })).toBeInTheDocument();
  });

  it('says so when CCE answers in an unexpected shape', async () => {
    server.use(http.get(cceRoute('listClusters'), () => Response.json({ items: [{ metadata: {} }] })));
    renderWizard();
    expect(await screen.findByRole('alert')).toHaveTextContent('CCE returned an unexpected response');
  });

  it('shows an empty state when the project has no clusters', async () => {
    server.use(http.get(cceRoute('listClusters'), () => Response.json({ items: [] })));
    renderWizard();
    expect(await screen.findByText(/There are no clusters in this project/)).toBeInTheDocument();
  });
});

const rowOf = async (name: string) => {
  const table = await screen.findByRole('table', { name: 'Clusters' });
  return within(table).getByRole('row', { name: new RegExp(name) });
};

/** prod-a as CCE shows it while an upgrade holds it. */
const prodUpgrading = () =>
  server.use(
    http.get(cceRoute('listClusters'), () =>
      HttpResponse.json({ ...clusterList, items: clusterList.items.map((c) => (c.metadata.uid === ids.prod ? { ...c, status: { phase: 'Upgrading' } } : c)) }),
    ),
  );

describe('cluster facts on the cluster step', () => {
  it('shows version with patch, size, type and what can be upgraded to, and describes the choice with them', async () => {
    renderWizard();
    const row = await rowOf('prod-a');
    expect(await within(row).findByText('v1.28.15-r30')).toBeInTheDocument();
    expect(await within(row).findByText('10 nodes in 4 node pools')).toBeInTheDocument();
    expect(within(row).getByText('VirtualMachine / CCE Standard')).toBeInTheDocument();
    expect(within(row).getByText('Can be upgraded to v1.29 or v1.30.')).toBeInTheDocument();
    const radio = within(row).getByRole('radio', { name: 'prod-a' });
    expect(radio).toHaveAccessibleDescription(/v1\.28\.15-r30.*10 nodes in 4 node pools.*Available.*Can be upgraded to v1\.29 or v1\.30/);
    expect(within(row).getByRole('link', { name: 'Upgrade history of prod-a' })).toHaveAttribute('href', `/clusters/${ids.prod}`);
  });

  it('marks a cluster on the newest version and one that cannot be upgraded now, saying why', async () => {
    renderWizard();
    expect(await within(await rowOf('edge-b')).findByText('Nothing to upgrade to: it is already on the newest version CCE offers.')).toBeInTheDocument();
    expect(
      within(await rowOf('legacy-c')).getByText('Cannot upgrade now: its status is Unavailable. CCE says: Master node etcd-2 is not responding'),
    ).toBeInTheDocument();
  });

  it('says it all in Chinese, CCE’s own phase and message left as CCE sent them', async () => {
    await activateLocale('zh-CN');
    renderWizard();
    const table = await screen.findByRole('table', { name: '集群' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['选择', '名称', '版本与规模', '状态']);
    const prod = within(table).getByRole('row', { name: /prod-a/ });
    expect(await within(prod).findByText('4个节点池，共10个节点')).toBeInTheDocument();
    expect(within(prod).getByText('VirtualMachine / CCE标准版')).toBeInTheDocument();
    expect(within(prod).getByText('可升级到v1.29或v1.30。')).toBeInTheDocument();
    expect(within(prod).getByRole('link', { name: 'prod-a的升级历史' })).toBeInTheDocument();
    const legacy = within(table).getByRole('row', { name: /legacy-c/ });
    expect(within(legacy).getByText('Unavailable')).toBeInTheDocument();
    expect(within(legacy).getByText('当前无法升级：集群状态为Unavailable。CCE返回：Master node etcd-2 is not responding')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '集群' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '下一步' })).toBeInTheDocument();
  });

  it('links an upgrading cluster to its running task', async () => {
    prodUpgrading();
    const earlier = { ...upgradeTask('Success', '100%'), metadata: { uid: 'earlier-task', creationTimestamp: '2026-01-01T00:00:00Z' } };
    server.use(http.get(cceRoute('listUpgradeTasks'), () => HttpResponse.json(upgradeTaskList([earlier, upgradeTask('Running', '45%')]))));
    const { user } = renderWizard();
    const row = await rowOf('prod-a');
    const link = await within(row).findByRole('link', { name: 'Upgrading — open task of prod-a' });
    expect(link).toHaveAttribute('href', `/clusters/${ids.prod}/tasks/${ids.task}`);
    expect(within(row).getByRole('radio', { name: 'prod-a' })).toHaveAccessibleDescription(/Upgrading — open task/);
    await user.click(link);
    expect(window.location.pathname).toBe(`/clusters/${ids.prod}/tasks/${ids.task}`);
    // Following the link does not choose the cluster as a click elsewhere on the row would.
    expect(within(row).getByRole('radio', { name: 'prod-a' })).not.toBeChecked();
  });

  it('says in words when an upgrading cluster’s task cannot be read', async () => {
    prodUpgrading();
    server.use(http.get(cceRoute('listUpgradeTasks'), () => bffError({ status: 403, code: 'CCE.01403001', message: 'Forbidden' })));
    renderWizard();
    expect(await within(await rowOf('prod-a')).findByText('Upgrading. Its upgrade task could not be read: CCE refused the request.')).toBeInTheDocument();
  });

  it('reads task lists only for upgrading clusters', async () => {
    let reads = 0;
    server.use(http.get(cceRoute('listUpgradeTasks'), () => ((reads += 1), HttpResponse.json(upgradeTaskList()))));
    renderWizard();
    await within(await rowOf('prod-a')).findByText('v1.28.15-r30');
    expect(reads).toBe(0);
  });

  it('keeps a row usable when one of its reads fails, and says which', async () => {
    server.use(http.get(cceRoute('showUpgradeInfo'), () => bffError({ status: 403, code: 'CCE.01403001', message: 'Forbidden' })));
    const { user } = renderWizard();
    const row = await rowOf('prod-a');
    expect(await within(row).findByText('The patch version could not be read: CCE refused the request.')).toBeInTheDocument();
    expect(within(row).getByText('v1.28')).toBeInTheDocument();
    await user.click(within(row).getByRole('radio', { name: 'prod-a' }));
    await waitFor(() => expect(within(row).getByRole('radio', { name: 'prod-a' })).toBeChecked());
  });
});
