import { parseArgs } from 'node:util';
import '../../src/shared/zod-messages';
import { checkAgainstPlanner, type Planner, plannerProblem } from './drift-check';
import { consistencyFindings, lintFindings } from './findings';
import { readPlanFile } from './read-plan-file';
import { type ExitCode, type Outcome, type Output, report } from './report';

export const USAGE = `Usage: cce-plan validate <file.cce-plan.json> [--against <planner URL>] [--session <cookie>] [--format text|json]

Checks a plan file exported by the CCE Upgrade Planner, offline and without credentials:
  - the file is a plan file of a known format version, every field valid;
  - its request is the text of its plan, bodySha256 and snapshotSha256 are the hashes of its request and snapshot,
    and the plan, the file and the snapshot name one cluster;
  - the planner's lints of the plan on the cluster it was made on (the file's snapshot), in the wizard's words.

  --against <URL>    also ask that planner whether the file is sound and the live cluster is still what the plan was
                     made on (drift); needs network access to the planner, never cloud credentials
  --session <value>  the planner's session cookie value, when it has sign-in (better: the CCE_PLAN_SESSION variable,
                     which other users of the machine cannot read in the process list)
  --format json      one JSON object {file, ok, findings: [{kind, path?, message}], drift?} instead of words
  --help             this text

Exit status: 0 sound; 1 findings or drift; 2 the file or the planner could not be read, or bad arguments.`;

const CHECK_TIMEOUT_MS = 30_000;

export interface Io extends Output {
  env: NodeJS.ProcessEnv;
}

interface Args {
  path: string;
  format: 'text' | 'json';
  planner: Planner | undefined;
}

function parse(argv: string[], env: NodeJS.ProcessEnv): Args | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      against: { type: 'string' },
      session: { type: 'string' },
      format: { type: 'string', default: 'text' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const [command, path, ...rest] = positionals;
  if (command !== 'validate')
    throw new TypeError(command === undefined ? 'Name a command: validate.' : `Unknown command "${command}": the command is validate.`);
  if (path === undefined) throw new TypeError('Name the plan file to validate.');
  if (rest.length > 0) throw new TypeError(`Validate one file at a time (also given: ${rest.join(' ')}).`);
  if (values.format !== 'text' && values.format !== 'json') throw new TypeError(`--format ${values.format} is not known: give text or json.`);
  const session = values.session ?? env.CCE_PLAN_SESSION;
  if (values.against === undefined) {
    if (values.session !== undefined) throw new TypeError('--session is for --against: name the planner to check against.');
    return { path, format: values.format, planner: undefined };
  }
  let url: URL;
  try {
    url = new URL(values.against);
  } catch {
    throw new TypeError(`--against ${values.against} is not an address: give the planner's URL, e.g. https://planner.example.com.`);
  }
  const problem = plannerProblem(url, session);
  if (problem) throw new TypeError(problem);
  return { path, format: values.format, planner: { url, session, timeoutMs: CHECK_TIMEOUT_MS } };
}

async function validate({ path, planner }: Args): Promise<Outcome> {
  const read = await readPlanFile(path);
  if (!read.ok) return { file: path, code: 2, findings: read.findings, advice: read.advice };
  const { file } = read;
  const lints = lintFindings(file);
  const findings = [...consistencyFindings(file), ...lints.findings];
  const about = `plan for ${file.cluster.name} ${file.fromVersion} → ${file.targetVersion}, ${lints.waves.length} waves, no findings`;
  if (!planner) return { file: path, code: findings.length > 0 ? 1 : 0, findings, summary: about };
  const checked = await checkAgainstPlanner(file, planner);
  if (!checked.ok) return { file: path, code: 2, findings: [...findings, { kind: 'planner-error', message: checked.message }], summary: about };
  const { problems, drift, checkedAt } = checked.check;
  findings.push(...problems.map(({ path: field, message }) => ({ kind: 'planner-problem', path: field, message })));
  const code: ExitCode = findings.length > 0 || drift.length > 0 ? 1 : 0;
  return { file: path, code, findings, drift, summary: `${about}; ${planner.url.origin} found the cluster unchanged at ${checkedAt}` };
}

/** `cce-plan …` with its arguments; answers the exit status. */
export async function runCli(argv: string[], io: Io): Promise<ExitCode> {
  let args: Args | 'help';
  try {
    args = parse(argv, io.env);
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    io.out(USAGE);
    return 0;
  }
  const outcome = await validate(args);
  report(outcome, args.format, io);
  return outcome.code;
}
