import { readFile } from 'node:fs/promises';
import { fieldIssues } from '../../src/shared/issues';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, type PlanFile, planFileSchema } from '../../src/shared/plan-file';
import type { Finding } from './findings';

export type ReadResult = { ok: true; file: PlanFile } | { ok: false; findings: Finding[]; advice: string };

const EXPORT_AGAIN = 'Export the plan file again from the planner, or fix the fields named above.';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The plan file at `path`, parsed with the one schema; or why it cannot be read, field by field, and what to do. */
export async function readPlanFile(path: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, findings: [{ kind: 'unreadable', message: `Cannot read ${path}: ${reason}` }], advice: 'Check the path; a plan file is named *.cce-plan.json.' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, findings: [{ kind: 'malformed-json', message: `${path} is not JSON: ${reason}` }], advice: 'A plan file is JSON as the planner wrote it: export it again, or mend the JSON (a merge conflict marker is a usual cause).' };
  }
  // A newer planner may have changed any field: say the version is unknown rather than list every difference as an error.
  if (isRecord(json) && json.format === PLAN_FILE_FORMAT && json.formatVersion !== PLAN_FILE_VERSION) {
    return {
      ok: false,
      findings: [{ kind: 'unknown-format-version', path: 'formatVersion', message: `format version ${JSON.stringify(json.formatVersion)} is not known; this cce-plan knows version ${PLAN_FILE_VERSION}.` }],
      advice: 'Validate the file with the cce-plan of the planner that wrote it (update this package), or export it again from this planner.',
    };
  }
  const parsed = planFileSchema.safeParse(json);
  if (!parsed.success) {
    // fieldIssues names the root "(body)", as the BFF does for a request; here the root is the file.
    const findings = fieldIssues(parsed.error).map(({ path: field, message }) => ({ kind: 'invalid-field', path: field === '(body)' ? '(file)' : field, message }));
    return { ok: false, findings, advice: EXPORT_AGAIN };
  }
  return { ok: true, file: parsed.data };
}
