import { fieldIssues, type FieldIssue } from '../../../../../shared/issues';
import { planFileSchema, type PlanFile } from '../../../../../shared/plan-file';

export type PlanFileReading =
  | { ok: true; file: PlanFile }
  /** The browser could not read the file (moved or deleted since it was picked, or not permitted). */
  | { ok: false; kind: 'unreadable'; message: string }
  /** Not JSON at all: what the parser said, in its words. */
  | { ok: false; kind: 'not-json'; message: string }
  /** JSON, but not a plan file this planner can open: the JSON is kept, its issues are worded when shown (planFileIssues). */
  | { ok: false; kind: 'not-a-plan-file'; json: unknown };

/** Reads a picked file's text as a plan file, parsed with the same schema the BFF checks it with. */
export function readPlanFile(text: string): PlanFileReading {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, kind: 'not-json', message: error instanceof Error ? error.message : String(error) };
  }
  const parsed = planFileSchema.safeParse(json);
  return parsed.success ? { ok: true, file: parsed.data } : { ok: false, kind: 'not-a-plan-file', json };
}

/**
 * Every issue with its path, in the language shown now: zod words an issue when it is raised, so the JSON is parsed
 * again at render, and a switch of language re-words the list.
 */
export function planFileIssues(json: unknown): FieldIssue[] {
  const parsed = planFileSchema.safeParse(json);
  return parsed.success ? [] : fieldIssues(parsed.error);
}

/** Reads a picked or dropped file; a file the browser cannot read is a reading too, never a thrown error. */
export async function readPlanFileFrom(file: Blob): Promise<PlanFileReading> {
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, kind: 'unreadable', message: error instanceof Error ? error.message : String(error) };
  }
  return readPlanFile(text);
}
