import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { buildSimulator } from '../simulator/app';
import type { Upstream } from './cce/client';
import { Credentials } from './cce/credentials';
import type { DemoConfig } from './config';

/** Shaped like a real project id so demo mode exercises the same validation as real mode. */
export const DEMO_PROJECT_ID = '0f4e5d2c9b8a47f6a1e3c5b7d9f02468';
export const DEMO_REGION = 'cn-north-4';

/**
 * Demo mode: start the built-in CCE simulator on loopback with throw-away credentials and talk to it
 * over real HTTP with real signing, exactly as in real mode.
 */
export async function startDemoUpstream(config: DemoConfig): Promise<{ upstream: Upstream; simulator: FastifyInstance }> {
  const credentials = new Credentials(`DEMO${randomBytes(8).toString('hex').toUpperCase()}`, randomBytes(24).toString('base64url'));
  const simulator = buildSimulator({
    credentials: { ak: credentials.accessKey(), sk: credentials.secret() },
    projectId: DEMO_PROJECT_ID,
    upgradeDurationMs: config.simulatorUpgradeMs,
  });
  const address = await simulator.listen({ host: '127.0.0.1', port: config.simulatorPort });
  return {
    simulator,
    upstream: { endpoint: address, projectId: DEMO_PROJECT_ID, credentials, timeoutMs: config.timeoutMs },
  };
}
