import type { PlanFileCheck } from '../../src/shared/plan-file';
import type { Finding } from './findings';

/** 0: the file is sound (and the cluster unchanged); 1: findings or drift; 2: the file or the planner could not be read. */
export type ExitCode = 0 | 1 | 2;

export interface Outcome {
  file: string;
  code: ExitCode;
  findings: Finding[];
  /** What the planner found changed in the live cluster, when asked (--against). */
  drift?: PlanFileCheck['drift'];
  /** What the OK line says about the plan; set once the file could be read. */
  summary?: string;
  /** What to do about a file that cannot be read or a planner that cannot answer. */
  advice?: string;
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

// Fields named by a schema carry a bare rule ("must be at most 40"): the path says which field it is about.
const lineOf = (finding: Finding) => (finding.path && (finding.kind === 'invalid-field' || finding.kind === 'planner-problem') ? `${finding.path}: ${finding.message}` : finding.message);

function textOf(outcome: Outcome): string {
  const { file, code, findings, drift = [], summary, advice } = outcome;
  if (code === 0) return `${file}: OK — ${summary ?? 'no findings'}`;
  const problems = findings.length + drift.length;
  const lines = [code === 2 && outcome.summary === undefined ? `${file}: cannot be validated` : `${file}: ${plural(problems, 'finding')}`];
  lines.push(...findings.map((finding) => `  ${lineOf(finding)}`));
  if (drift.length > 0) {
    lines.push('The live cluster is no longer what the plan was made on:');
    lines.push(...drift.map((item) => `  ${item.message}`));
  }
  if (advice) lines.push(advice);
  return lines.join('\n');
}

/** Words for people (stderr when nothing could be checked), or one JSON object for machines (always stdout). */
export function report(outcome: Outcome, format: 'text' | 'json', output: Output): void {
  if (format === 'json') {
    const { file, code, findings, drift } = outcome;
    output.out(JSON.stringify({ file, ok: code === 0, findings, ...(drift ? { drift } : {}) }, null, 2));
    return;
  }
  (outcome.code === 2 ? output.err : output.out)(textOf(outcome));
}
