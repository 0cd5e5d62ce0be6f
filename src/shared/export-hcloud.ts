import { isConfirmed, KOOCLI_FACTS, unconfirmedClaims } from './koocli-facts';
import type { PlanFile } from './plan-file';
import { preCheckRequest } from './pre-check';

export interface HcloudExport {
  /** POSIX sh: writes `files` with quoted here-documents, runs the check, polls it, then sends the upgrade. */
  script: string;
  /** KooCLI JSON-input files (`--cli-jsonInput`), to keep beside the commands. */
  files: Array<{ name: string; content: string }>;
  /** What the commands rely on that no documentation could confirm; empty when everything was. */
  unconfirmed: string[];
}

export const PRE_CHECK_FILE = 'CCE_CreatePreCheck.json';
export const UPGRADE_FILE = 'CCE_UpgradeCluster.json';

const POLL_SECONDS = 10;
const POLL_TRIES = 180;

/** KooCLI reads a body from the "body" key of its JSON-input file; the body text sits inside it unchanged. */
export const jsonInputFile = (body: string) => `{"body":\n${body}\n}\n`;

/** One word for sh, whatever it holds: single quotes, each inner quote closed, escaped and reopened. */
export const shellQuote = (value: string) => `'${value.replaceAll("'", `'\\''`)}'`;

/** A plan's own text in a comment: a line break there would end the comment and run the rest as a command. */
const commentText = (value: string) => [...value].map((char) => (char < ' ' || char === '\u007f' ? '?' : char)).join('');

/** A here-document writing `content` (ending in a newline) verbatim: quoted, with a delimiter none of its lines equals. */
export function heredoc(name: string, content: string): string {
  if (content.includes('\0')) throw new Error(`${name} holds a NUL character, which no shell can write from a script`);
  const lines = new Set(content.split('\n'));
  let delimiter = 'CCE_PLAN_EOF';
  for (let n = 1; lines.has(delimiter); n += 1) delimiter = `CCE_PLAN_EOF_${n}`;
  return `cat > ${shellQuote(name)} <<'${delimiter}'\n${content}${delimiter}\n`;
}

// Only Failed items are findings; the accepted risks were skipped, so any finding left would be upgraded through.
const FAILED_ITEMS =
  "[status.clusterCheckStatus.itemsStatus[?phase=='Failed'].name, status.addonCheckStatus.itemsStatus[?phase=='Failed'].name, " +
  "status.nodeCheckStatus.nodeStageStatus[].itemsStatus[?phase=='Failed'].name][][]";

function header(file: PlanFile): string[] {
  const saved = file.saved ? `, saved plan ${file.saved.planId} revision ${file.saved.revision}` : '';
  const risks = file.acceptedRisks.length;
  return [
    '#!/bin/sh',
    `# CCE upgrade of cluster ${commentText(file.cluster.name)} (${file.cluster.id}): ${commentText(file.fromVersion)} -> ${commentText(file.targetVersion)}`,
    `# Exported by the CCE Upgrade Planner from the plan file of ${file.exportedAt}${saved}.`,
    `# Runs the planner's pre-upgrade check (skipping ${risks} accepted risk${risks === 1 ? '' : 's'}), waits for it, stops on any`,
    '# finding, then sends the reviewed UpgradeCluster body. The bodies are in the files beside this script;',
    '# clusterVersion is left out of the check (optional for CCE): the plan file does not hold the running patch version.',
    '#',
    '# KooCLI syntax confirmed from Huawei documentation:',
    ...KOOCLI_FACTS.filter(isConfirmed).flatMap((fact) => [`#   ${fact.claim}`, ...fact.sources.map((url) => `#     ${url}`)]),
    '#',
    ...(unconfirmedClaims(KOOCLI_FACTS).length === 0
      ? ['# Nothing here is unconfirmed.']
      : [
          '# UNCONFIRMED (check `hcloud CCE --help` and `hcloud CCE <operation> --help` first):',
          ...unconfirmedClaims(KOOCLI_FACTS).map((claim) => `#   UNCONFIRMED: ${claim}`),
        ]),
  ];
}

function commands(): string[] {
  const at = '--cli-region="$region" --project_id="$project_id" --cluster_id="$cluster_id"';
  const show = `hcloud CCE ShowPreCheck ${at} --task_id="$task_id"`;
  return [
    '# KooCLI prints a single value as JSON: strip its quotes and white space.',
    "bare() { printf '%s' \"$1\" | tr -d '\"[:space:]'; }",
    '',
    "echo 'Starting the pre-upgrade check (CreatePreCheck)'",
    `out=$(hcloud CCE CreatePreCheck ${at} --cli-jsonInput=${PRE_CHECK_FILE} --cli-query="metadata.uid")`,
    'task_id=$(bare "$out")',
    'case $task_id in',
    `  ''|*[!0-9a-z-]*) echo "CreatePreCheck answered no task id: $out" >&2; exit 1 ;;`,
    'esac',
    'tries=0',
    'while :; do',
    `  out=$(${show} --cli-query="status.phase")`,
    '  phase=$(bare "$out")',
    '  case $phase in',
    '    Success) break ;;',
    '    Init|Running) ;;',
    `    *) echo "Pre-upgrade check $task_id: phase $out; nothing was upgraded." >&2; exit 1 ;;`,
    '  esac',
    '  tries=$((tries + 1))',
    `  if [ "$tries" -ge ${POLL_TRIES} ]; then`,
    `    echo "Pre-upgrade check $task_id still $phase after ${(POLL_TRIES * POLL_SECONDS) / 60} minutes; nothing was upgraded." >&2`,
    '    exit 1',
    '  fi',
    `  sleep ${POLL_SECONDS}`,
    'done',
    `out=$(${show} --cli-query="${FAILED_ITEMS}")`,
    `if [ "$(bare "$out")" != '[]' ]; then`,
    `  echo "Pre-upgrade check $task_id failed on: $out; nothing was upgraded." >&2`,
    '  exit 1',
    'fi',
    '',
    "echo 'The check passed. Sending the upgrade (UpgradeCluster)'",
    `out=$(hcloud CCE UpgradeCluster ${at} --cli-jsonInput=${UPGRADE_FILE} --cli-query="metadata.uid")`,
    'echo "Upgrade task: $(bare "$out")"',
  ];
}

/**
 * The KooCLI (`hcloud`) commands that send what the planner would: the same pre-upgrade check for the plan (its
 * accepted risks skipped, as the wizard does) and the file's UpgradeCluster text unchanged, each body in a JSON-input
 * file. `unconfirmed` lists what the commands rely on that no documentation confirmed; the script's comments say it too.
 */
export function hcloudExport(file: PlanFile, options: { region: string; projectId: string }): HcloudExport {
  if (file.plan.clusterId !== file.cluster.id) throw new Error('the plan file names two clusters: its plan and its cluster differ');
  const check = preCheckRequest({ clusterId: file.plan.clusterId, targetVersion: file.plan.targetVersion }, file.acceptedRisks);
  const files = [
    { name: PRE_CHECK_FILE, content: jsonInputFile(JSON.stringify(check, null, 2)) },
    { name: UPGRADE_FILE, content: jsonInputFile(file.request) },
  ];
  const script = [
    ...header(file),
    'set -eu',
    '',
    `region=${shellQuote(options.region)}`,
    `project_id=${shellQuote(options.projectId)}`,
    `cluster_id=${shellQuote(file.cluster.id)}`,
    '',
    '# The bodies, written byte for byte (quoted here-documents: nothing in them is expanded).',
    ...files.map((f) => heredoc(f.name, f.content).slice(0, -1)),
    '',
    ...commands(),
    '',
  ].join('\n');
  return { script, files, unconfirmed: unconfirmedClaims(KOOCLI_FACTS) };
}
