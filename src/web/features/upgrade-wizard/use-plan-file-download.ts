import { downloadPlanFile } from '../../lib/plan-files';
import { useExportPlanFile } from './api/plan-file';
import { revisionBody } from './revision-body';
import { useSafeSubmitState } from './safe-submit-state';
import type { UpgradeRequestView } from './upgrade-request';

/** Downloads the reviewed text as a plan file, with what a save would record of it (its risks and check). */
export function usePlanFileDownload() {
  const { state } = useSafeSubmitState();
  const exporting = useExportPlanFile();
  const download = async (view: UpgradeRequestView) => {
    try {
      downloadPlanFile(await exporting.mutateAsync({ clusterId: view.plan.clusterId, body: revisionBody(state, view) }));
    } catch {
      // The mutation holds the error and the page shows it; nothing changed, so downloading again is safe.
    }
  };
  return { exporting, download };
}
