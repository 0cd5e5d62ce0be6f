import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Report {
  categories: Record<string, { score: number | null }>;
}

const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

function runLighthouse(url: string, preset: 'desktop' | 'mobile', outFile: string): Promise<Report> {
  const args = [
    cli, url, '--quiet', '--output=json', `--output-path=${outFile}`, '--only-categories=performance,accessibility,best-practices',
    '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
    // Mobile is Lighthouse's default (simulated slow 4G, 4x CPU slowdown); desktop is its own preset.
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromium }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(readFileSync(outFile, 'utf8')) as Report) : reject(new Error(`lighthouse exited with ${code}`))));
  });
}

/**
 * Lighthouse now and then fails to record a load's trace ("Something went wrong with recording the trace … Please run
 * Lighthouse again. (NO_NAVSTART)", seen here twice in ~40 runs on 2026-12-01): a run is tried up to three times.
 */
async function runLighthouseAgainOnFailure(url: string, preset: 'desktop' | 'mobile', outFile: string): Promise<Report> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouse(url, preset, outFile);
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const score = (report: Report, category: string) => report.categories[category]?.score ?? NaN;

/**
 * Lighthouse 12 against the built app at `url` (the BFF in demo mode), `runs` times per preset: the median performance
 * score (Lighthouse's own advice against run-to-run variance), the worst accessibility and best-practices scores.
 */
export async function lighthouseScores(url: string, runs = 3) {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  try {
    const reports: Record<'desktop' | 'mobile', Report[]> = { desktop: [], mobile: [] };
    for (let run = 0; run < runs; run++) {
      for (const preset of ['desktop', 'mobile'] as const) reports[preset].push(await runLighthouseAgainOnFailure(url, preset, join(dir, `${preset}-${run}.json`)));
    }
    const all = [...reports.desktop, ...reports.mobile];
    return {
      desktopPerformance: median(reports.desktop.map((r) => score(r, 'performance'))),
      mobilePerformance: median(reports.mobile.map((r) => score(r, 'performance'))),
      accessibility: Math.min(...all.map((r) => score(r, 'accessibility'))),
      bestPractices: Math.min(...all.map((r) => score(r, 'best-practices'))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
