import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import type { Upstream } from './cce/client';
import { ConfigError, loadConfig } from './config';
import { DatabaseError, openDatabase } from './db/database';
import { forgetSubmits } from './db/submit-table';
import { importAuditLog } from './submit/restore';
import { DEMO_REGION, startDemoUpstream } from './demo';
import { kubeconfigDirectory } from './kubernetes/kubeconfig-source';

async function main() {
  const config = loadConfig(process.env);
  const database = await openDatabase(config.database, config.databaseSchema);
  const unreadableAuditFile = await importAuditLog(database.db, config.auditLogPath);
  // Demo submits are remembered only as long as the simulator remembers their tasks: not across restarts, not past a reset.
  if (config.mode === 'demo') await forgetSubmits(database.db, 'all');
  const demo = config.mode === 'demo' ? await startDemoUpstream(config, { onReset: () => forgetSubmits(database.db, 'settled') }) : undefined;
  const upstream: Upstream = config.mode === 'real' ? config : demo!.upstream;
  const kubeconfigDir = config.mode === 'real' ? config.kubeconfigDir : undefined;
  const app = await buildApp({
    upstream,
    database,
    unreadableAuditFile,
    session: { mode: config.mode, region: config.mode === 'real' ? config.region : DEMO_REGION, projectId: upstream.projectId },
    ...(config.auth ? { auth: config.auth } : {}),
    rateLimits: config.rateLimits,
    approvalsRequired: config.approvalsRequired,
    http: config.http,
    kubeconfigs: demo ? demo.kubeconfigs : kubeconfigDir ? kubeconfigDirectory(kubeconfigDir) : undefined,
    staticRoot: fileURLToPath(new URL('../../dist', import.meta.url)),
    logLevel: config.logLevel,
  });
  const address = await app.listen({ host: config.host, port: config.port });
  app.log.info(
    { mode: config.mode, simulator: demo ? demo.upstream.endpoint : undefined, database: config.database.driver === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : config.database.dataDir, schema: config.databaseSchema, signIn: config.auth ? config.auth.issuer.href : 'none (loopback only)' },
    config.mode === 'demo'
      ? `CCE Upgrade Planner at ${address} — demo mode on the built-in CCE simulator (no credentials set)`
      : `CCE Upgrade Planner at ${address} — real mode, region ${config.region}`,
  );
  const stop = async () => {
    await app.close();
    await demo?.simulator.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof DatabaseError ? error.message : error);
  process.exit(1);
});
