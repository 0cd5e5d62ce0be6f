import { useMutation } from '@tanstack/react-query';
import { planFileSchema } from '../../../../shared/plan-file';
import { apiFetch } from '../../../lib/api-client';
import { downloadPlanFile } from '../../../lib/plan-files';
import { revisionUrl } from './plan-queries';

/** GET /api/plans/:planId/revisions/:n/plan-file: the revision as a plan file, with who had approved it by now. */
const fetchPlanFile = (planId: string, revision: number) =>
  apiFetch({ url: `${revisionUrl(planId, revision)}/plan-file`, schema: planFileSchema });

// Asked for by a click and read fresh each time (approvals come and go), so a mutation rather than a cached query.
export function useDownloadPlanFile(planId: string, revision: number) {
  return useMutation({ mutationFn: async () => downloadPlanFile(await fetchPlanFile(planId, revision)) });
}

/** The revision's plan file, fresh, for an export built from it in the browser. */
export function useFetchPlanFile(planId: string, revision: number) {
  return useMutation({ mutationFn: () => fetchPlanFile(planId, revision) });
}
