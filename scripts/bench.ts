import { fileURLToPath } from 'node:url';
import { bffLatency } from './bench/bff-latency';
import { initialBundle } from './bench/bundle';
import { wavesBench } from './bench/waves';

// One `name: value unit` line per figure. Absolute times are noisy on shared machines; ratios are the figures to compare.
const line = (name: string, value: number, unit: string) => console.log(`${name}: ${value.toFixed(unit === 'kB' ? 1 : 3)} ${unit}`);

const bundle = initialBundle(fileURLToPath(new URL('../dist', import.meta.url)));
line('bundle.initial_js_gzip', bundle.js, 'kB');
line('bundle.initial_css_gzip', bundle.css, 'kB');

const waves = wavesBench();
line('waves.5000_nodes.median', waves.median, 'ms');
line('waves.5000_nodes.to_name_sort_ratio', waves.median / waves.sortMedian, 'x');

const latency = await bffLatency();
line('bff.direct.p50', latency.directP50, 'ms');
line('bff.direct.p99', latency.directP99, 'ms');
line('bff.proxied.p50', latency.proxiedP50, 'ms');
line('bff.proxied.p99', latency.proxiedP99, 'ms');
line('bff.added_p50', latency.proxiedP50 - latency.directP50, 'ms');
line('bff.added_p99', latency.proxiedP99 - latency.directP99, 'ms');
line('bff.proxied_to_direct.p50_ratio', latency.proxiedP50 / latency.directP50, 'x');
