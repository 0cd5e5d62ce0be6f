import { fileURLToPath } from 'node:url';
import { uiTimings } from '../e2e/perf/ui-timings';
import { bffLatency } from './bench/bff-latency';
import { initialBundle } from './bench/bundle';
import { lighthouseScores } from './bench/lighthouse';
import { startDemoPlanner } from './bench/processes';
import { wavesBench } from './bench/waves';

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

const planner = await startDemoPlanner(port, port + 1);
try {
  const ui = await uiTimings({ baseUrl: planner.url });
  line('ui.preview_update.median', ui.previewUpdateMedian, 'ms');
  line('ui.pool_reorder.median', ui.poolReorderMedian, 'ms');

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
