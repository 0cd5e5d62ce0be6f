import { useMutation } from '@tanstack/react-query';
import { planFileSchema, type PlanFile } from '../../../../shared/plan-file';
import { apiFetch } from '../../../lib/api-client';
import type { RevisionBody } from '../revision-body';

export interface ExportPlanFileInput {
  clusterId: string;
  body: RevisionBody;
}

/** POST /api/clusters/:clusterId/plan-file: the reviewed, unsaved plan as a plan file, on a snapshot the BFF takes now. */
export function exportPlanFile({ clusterId, body }: ExportPlanFileInput): Promise<PlanFile> {
  return apiFetch({
    url: `/api/clusters/${encodeURIComponent(clusterId)}/plan-file`,
    schema: planFileSchema,
    init: { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } },
  });
}

// Nothing is stored by the BFF, so nothing cached goes stale.
export const useExportPlanFile = () => useMutation({ mutationFn: exportPlanFile });
