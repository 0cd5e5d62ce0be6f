import { fileURLToPath } from 'node:url';
import { uiTimings } from '../e2e/perf/ui-timings';
import { bffLatency } from './bench/bff-latency';
import { initialBundle } from './bench/bundle';
import { pgliteColdStart, submitOverhead } from './bench/database';
import { lighthouseScores } from './bench/lighthouse';
import { startDemoPlanner } from './bench/processes';
import { wavesBench } from './bench/waves';
import { plansBench } from './bench/plans';

// One `name: value unit` line per figure. Absolute times are noisy on shared machines; ratios are the figures to compare.
const decimals: Record<string, number> = { kB: 1, MB: 1, score: 2 };
const line = (name: string, value: number, unit: string) => console.log(`${name}: ${value.toFixed(decimals[unit] ?? 3)} ${unit}`);
// Servers the bench starts listen on BENCH_PORT and the few ports above it.
const port = Number(process.env['BENCH_PORT'] ?? 8782);

const bundle = initialBundle(fileURLToPath(new URL('../dist', import.meta.url)));
line('bundle.initial_js_gzip', bundle.js, 'kB');
line('bundle.initial_css_gzip', bundle.css, 'kB');
line('bundle.initial_js_brotli', bundle.jsBrotli, 'kB');

const waves = wavesBench();
line('waves.5000_nodes.median', waves.median, 'ms');
line('waves.5000_nodes.to_name_sort_ratio', waves.median / waves.sortMedian, 'x');

const plans = await plansBench();
line('plans.snapshot_2000_nodes.median', plans.snapshotMs, 'ms');
line('plans.snapshot_to_node_list_ratio', plans.snapshotToNodeList, 'x');
line('plans.drift_check_2000_nodes.median', plans.driftMs, 'ms');
line('plans.drift_check_to_waves_ratio', plans.driftToWaves, 'x');
line('plans.revision_diff_2000_nodes.median', plans.diffMs, 'ms');
line('plans.revision_diff_to_waves_ratio', plans.diffToWaves, 'x');

const cold = await pgliteColdStart();
line('db.pglite_cold_start', cold.createMs, 'ms');
line('db.pglite_reopen', cold.reopenMs, 'ms');
const pglite = await submitOverhead({ driver: 'pglite' });
line('db.submit_overhead.pglite.p50', pglite.p50, 'ms');
line('db.submit_overhead.pglite.p99', pglite.p99, 'ms');
line('db.one_commit.pglite.p50', pglite.commitP50, 'ms');
line('db.one_commit.pglite.p99', pglite.commitP99, 'ms');
line('db.submit_overhead.pglite.to_one_commit_p50_ratio', pglite.p50 / pglite.commitP50, 'x');
// PostgreSQL where the machine has one (BENCH_DATABASE_URL, or this project's machines' local server).
const postgresUrl = process.env['BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const postgres = await submitOverhead({ driver: 'postgres', url: postgresUrl }).catch((error: unknown) => {
  console.error(`No PostgreSQL figures: ${error instanceof Error ? error.message : String(error)}`);
  return undefined;
});
if (postgres) {
  line('db.submit_overhead.postgres.p50', postgres.p50, 'ms');
  line('db.submit_overhead.postgres.p99', postgres.p99, 'ms');
  line('db.one_commit.postgres.p50', postgres.commitP50, 'ms');
line('db.one_commit.postgres.p99', postgres.commitP99, 'ms');
line('db.submit_overhead.postgres.to_one_commit_p50_ratio', postgres.p50 / postgres.commitP50, 'x');
}

const planner = await startDemoPlanner(port, port + 1);
try {
  const ui = await uiTimings({ baseUrl: planner.url });
  line('ui.preview_update.median', ui.previewUpdateMedian, 'ms');
  line('ui.pool_reorder.median', ui.poolReorderMedian, 'ms');
  line('ui.timeline_render.median', ui.timelineRenderMedian, 'ms');

  const lighthouse = await lighthouseScores(planner.url);
  line('lighthouse.desktop.performance', lighthouse.desktopPerformance, 'score');
  line('lighthouse.mobile.performance', lighthouse.mobilePerformance, 'score');
  line('lighthouse.accessibility', lighthouse.accessibility, 'score');
  line('lighthouse.best_practices', lighthouse.bestPractices, 'score');
} finally {
  await planner.stop();
}

const latency = await bffLatency({ bffPort: port + 2, simulatorPort: port + 3 });
line('bff.direct.p50', latency.directP50, 'ms');
line('bff.direct.p99', latency.directP99, 'ms');
line('bff.proxied.p50', latency.proxiedP50, 'ms');
line('bff.proxied.p99', latency.proxiedP99, 'ms');
line('bff.added_p50', latency.proxiedP50 - latency.directP50, 'ms');
line('bff.added_p99', latency.proxiedP99 - latency.directP99, 'ms');
line('bff.proxied_to_direct_p50_ratio', latency.proxiedP50 / latency.directP50, 'x');
line('bff.cpu_per_proxied_request', latency.cpuPerRequest, 'ms');
line('bff.rss_start', latency.rssStart, 'MB');
line('bff.rss_end', latency.rssEnd, 'MB');
line('bff.rss_max', latency.rssMax, 'MB');
line('bff.rss_slope', latency.rssSlope, 'MB/min');
