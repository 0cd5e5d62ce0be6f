import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Loading the whole lint configuration (typescript-eslint, the resolver) takes seconds on a busy machine.
const SETUP_TIMEOUT_MS = 60_000;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint();
}, SETUP_TIMEOUT_MS);

/** The architecture-rule errors ESLint reports for `code` placed at `filePath` (imports must name files that exist). */
async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'import-x/no-restricted-paths' || message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the architecture rules of design.md, enforced by lint', () => {
  it.each([
    ['the SPA imports the BFF', 'src/web/lib/x.ts', "import { buildApp } from '../../server/app';", /never imports the BFF/],
    [
      'the SPA imports the simulator',
      'src/web/components/x.ts',
      "import { demoClusters } from '../../simulator/app';",
      /never imports the BFF or the simulator/,
    ],
    ['shared imports the BFF', 'src/shared/x.ts', "import { buildApp } from '../server/app';", /isomorphic/],
    [
      'shared imports a package other than zod and @noble/hashes',
      'src/shared/x.ts',
      "import { useQuery } from '@tanstack/react-query';",
      /only zod and @noble\/hashes/,
    ],
    ['the simulator imports the BFF', 'src/simulator/x.ts', "import { buildApp } from '../server/app';", /imports only src\/shared/],
    ['the simulator imports the SPA', 'src/simulator/x.ts', "import { App } from '../web/app/app';", /imports only src\/shared/],
    [
      'the BFF imports the simulator outside demo mode',
      'src/server/routes/x.ts',
      "import { demoClusters } from '../../simulator/app';",
      /only to start demo mode/,
    ],
    [
      'a feature imports another feature',
      'src/web/features/upgrade-task/x.ts',
      "import { useSubmitFlow } from '../upgrade-wizard/use-submit-flow';",
      /never imports another feature/,
    ],
    ['a feature imports app/', 'src/web/features/session/x.ts', "import { App } from '../../app/app';", /never imports app/],
    [
      'lib/ imports a feature',
      'src/web/lib/x.ts',
      "import { useSubmitFlow } from '../features/upgrade-wizard/use-submit-flow';",
      /import no feature and not app/,
    ],
    ['components/ imports app/', 'src/web/components/x.ts', "import { App } from '../app/app';", /import no feature and not app/],
  ])(
    'rejects %s',
    async (_, filePath, code, message) => {
      const errors = await zoneErrors(filePath, code);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
    },
    SETUP_TIMEOUT_MS,
  );

  it.each([
    [
      'shared importing zod, @noble/hashes and itself',
      'src/shared/x.ts',
      "import { z } from 'zod/mini';\nimport { sha256 } from '@noble/hashes/sha2.js';\nimport { minorOf } from './upgrade-path';",
    ],
    ['demo mode starting the simulator', 'src/server/demo.ts', "import { demoClusters } from '../simulator/app';"],
    [
      'a feature importing shared code and its own parts',
      'src/web/features/upgrade-wizard/x.ts',
      "import { STEP_MAX } from '../../shared/upgrade-request';\nimport { useSubmitFlow } from './use-submit-flow';",
    ],
    ['app/ composing features', 'src/web/app/x.ts', "import { useSubmitFlow } from '../features/upgrade-wizard/use-submit-flow';"],
  ])(
    'allows %s',
    async (_, filePath, code) => {
      expect(await zoneErrors(filePath, code)).toEqual([]);
    },
    SETUP_TIMEOUT_MS,
  );
});
