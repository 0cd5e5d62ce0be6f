import { http, HttpResponse } from 'msw';
import { vi } from 'vitest';
import { addonTemplateListSchema, clusterSchema } from '../../shared/cce-responses';
import type { PlanDetail } from '../../shared/plans-api';
import { PlanPage } from '../features/plans/components/PlanPage';
import { cceRoute } from './handlers';
import { planIds } from './plan-fixtures';
import { renderWithProviders } from './render';
import { server } from './server';

/** The plan page of the fixture plan (its latest revision unless told), with a spy for where Submit leads. */
export function renderPlanPage(revision?: number) {
  const onSubmitted = vi.fn();
  const view = renderWithProviders(<PlanPage planId={planIds.plan} {...(revision === undefined ? {} : { revision })} onSubmitted={onSubmitted} />);
  return { ...view, onSubmitted };
}

/** GET /api/plans/:id answers with `detail` (a function: read on every request, so a test can change it). */
export function servePlanDetail(detail: PlanDetail | (() => PlanDetail)) {
  const read = typeof detail === 'function' ? detail : () => detail;
  server.use(http.get(`*/api/plans/${planIds.plan}`, () => HttpResponse.json(read())));
}

export const templateVersion = (v: string, clusterVersion: string[]) => ({ version: v, stable: true, supportVersions: [{ clusterType: 'VirtualMachine', clusterVersion }] });

/** The payments cluster as CCE shows it, and a catalogue where coredns can reach v1.29 and everest has these versions. */
export function serveCatalogue(everest: ReturnType<typeof templateVersion>[] = []) {
  const templates = addonTemplateListSchema.parse({
    items: [
      { metadata: { name: 'coredns' }, spec: { type: 'helm', versions: [templateVersion('1.28.4', ['v1.2[7-8].*']), templateVersion('1.29.1', ['v1.29.*'])] } },
      { metadata: { name: 'everest' }, spec: { type: 'helm', versions: everest } },
    ],
  });
  const payments = clusterSchema.parse({ metadata: { uid: planIds.cluster, name: 'prod-payments' }, spec: { version: 'v1.28', type: 'VirtualMachine' }, status: { phase: 'Available' } });
  server.use(http.get(cceRoute('listAddonTemplates'), () => HttpResponse.json(templates)), http.get(cceRoute('showCluster'), () => HttpResponse.json(payments)));
}
