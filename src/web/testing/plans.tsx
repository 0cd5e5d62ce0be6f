import { http, HttpResponse } from 'msw';
import { vi } from 'vitest';
import type { PlanDetail } from '../../shared/plans-api';
import { PlanPage } from '../features/plans/components/PlanPage';
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
