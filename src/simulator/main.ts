import { buildSimulator } from './app';

/** Standalone simulator for development: `node --import tsx src/simulator/main.ts`. */
function required(name: string, fallback?: string): string {
  const value = process.env[name] ?? fallback;
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

const port = Number(process.env['SIM_PORT'] ?? 8090);
const duration = process.env['SIM_UPGRADE_DURATION_MS'];
const preCheckDuration = process.env['SIM_PRECHECK_DURATION_MS'];
const app = buildSimulator({
  credentials: { ak: required('SIM_AK', 'SIMULATORACCESSKEY0001'), sk: required('SIM_SK', 'simulator-secret-key-for-local-development') },
  projectId: required('SIM_PROJECT_ID', '0123456789abcdef0123456789abcdef'),
  ...(duration ? { upgradeDurationMs: Number(duration) } : {}),
  ...(preCheckDuration ? { preCheckDurationMs: Number(preCheckDuration) } : {}),
  logger: true,
});

try {
  await app.listen({ port, host: '127.0.0.1' });
} catch (error) {
  app.log.error(error);
  process.exit(1);
}
