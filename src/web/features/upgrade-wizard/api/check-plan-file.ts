import { useMutation } from '@tanstack/react-query';
import { planFileCheckSchema, type PlanFile, type PlanFileCheck } from '../../../../shared/plan-file';
import { apiFetch } from '../../../lib/api-client';

/** POST /api/clusters/:clusterId/plan-files/check: is the file sound, and is its cluster still what it was made on? */
export function checkPlanFile(file: PlanFile): Promise<PlanFileCheck> {
  return apiFetch({
    url: `/api/clusters/${encodeURIComponent(file.cluster.id)}/plan-files/check`,
    schema: planFileCheckSchema,
    init: { method: 'POST', body: JSON.stringify(file), headers: { 'Content-Type': 'application/json' } },
  });
}

// A mutation, not a query: each check is of the cluster as it is at that moment, asked for by picking a file.
export const useCheckPlanFile = () => useMutation({ mutationFn: checkPlanFile });
