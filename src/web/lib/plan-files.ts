import { PLAN_FILE_SUFFIX, type PlanFile } from '../../shared/plan-file';
import { downloadText } from './download-text';

// Cluster names and versions are already file-name safe in CCE; anything else a file may carry is not let through.
const safe = (part: string) => part.replace(/[^A-Za-z0-9._-]+/g, '-');

/**
 * `<cluster>-<target>-<yyyymmdd-hhmm>[-r<n>].cce-plan.json`, stamped with the export time in UTC so everyone who exports
 * the same file names it alike, whatever their time zone; a saved revision's file says which revision it is.
 */
export function planFileName(file: PlanFile): string {
  const iso = new Date(file.exportedAt).toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 13)}${iso.slice(14, 16)}`;
  const revision = file.saved ? `-r${file.saved.revision}` : '';
  return `${safe(file.cluster.name)}-${safe(file.targetVersion)}-${stamp}${revision}${PLAN_FILE_SUFFIX}`;
}

/** Pretty-printed with a final newline: the file is meant to be read and diffed in a pull request. */
export const planFileText = (file: PlanFile) => `${JSON.stringify(file, null, 2)}\n`;

export const downloadPlanFile = (file: PlanFile) => downloadText(planFileName(file), planFileText(file), 'application/json');
