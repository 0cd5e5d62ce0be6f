import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

// The dependency rules of ../shared/design.md ("Layout"), as import zones in the manner of bulletproof-react: each zone
// forbids files under `target` to import from `from` (except the paths listed, relative to `from`).
const features = readdirSync('src/web/features', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const zones = [
  { target: './src/web', from: ['./src/server', './src/simulator'], message: 'The SPA never imports the BFF or the simulator: talk to the BFF over /api.' },
  { target: './src/shared', from: ['./src/web', './src/server', './src/simulator'], message: 'src/shared is isomorphic: it imports nothing of the SPA, the BFF or the simulator.' },
  { target: './src/simulator', from: ['./src/server', './src/web'], message: 'The simulator stands in for CCE: it imports only src/shared.' },
  ...features.map((feature) => ({
    target: `./src/web/features/${feature}`,
    from: './src/web/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: move what both need to src/web/lib or src/web/components, or compose them in app/.',
  })),
  { target: './src/web/features', from: './src/web/app', message: 'Code flows shared → features → app: a feature never imports app/.' },
  // testing/ sits above everything (its render helper wraps the app's providers), like bulletproof-react's.
  {
    target: ['./src/web/lib', './src/web/components'],
    from: ['./src/web/features', './src/web/app'],
    message: 'lib/ and components/ are shared by every feature: they import no feature and not app/.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public/mockServiceWorker.js'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    // Only demo mode starts the simulator; tests may drive it from anywhere in the BFF.
    files: ['src/server/**'],
    ignores: ['src/server/demo.ts', 'src/server/**/*.test.ts', 'src/server/testing/**'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...zones, { target: './src/server', from: './src/simulator', message: 'The BFF imports the simulator only to start demo mode (demo.ts).' }] },
      ],
    },
  },
  {
    // Files whose every word comes from the message catalogues (src/web/i18n): a literal here is a string left
    // untranslated. Add each file once its strings have moved to the catalogues.
    files: [
      'src/web/app/app.tsx',
      'src/web/app/LanguageSwitch.tsx',
      'src/web/features/session/components/*.tsx',
      'src/web/components/ErrorState.tsx',
      'src/web/components/LoadingState.tsx',
      'src/web/features/upgrade-wizard/components/RevisionDraft.tsx',
      'src/web/features/upgrade-wizard/components/UpgradeWizard.tsx',
      'src/web/features/upgrade-wizard/components/WizardHeader.tsx',
      'src/web/features/upgrade-wizard/components/StepMenu.tsx',
      'src/web/features/upgrade-wizard/components/SkipToStepActions.tsx',
      'src/web/features/upgrade-wizard/components/ClusterStep.tsx',
      'src/web/features/upgrade-wizard/components/ClusterRow.tsx',
      'src/web/features/upgrade-wizard/components/ClusterMarkerText.tsx',
      'src/web/features/upgrade-wizard/step-guard.tsx',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'JSXText[value=/\\p{L}{2,}/u]', message: 'Words on screen come from the message catalogues: t(\'id\') (src/web/i18n).' },
        { selector: 'JSXExpressionContainer > Literal[value=/\\p{L}{2,}/u]', message: 'Words on screen come from the message catalogues: t(\'id\').' },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-valuetext|label|title|placeholder|alt|helperText)$/] > Literal',
          message: 'Accessible names and labels come from the message catalogues too: t(\'id\').',
        },
      ],
    },
  },
  {
    // src/shared imports nothing but zod (and @noble/hashes for the one signer the BFF and the simulator share).
    files: ['src/shared/**'],
    ignores: ['src/shared/**/*.test.ts', 'src/shared/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod($|/)|@noble/hashes($|/)|\\.\\.?/)', message: 'src/shared imports only zod and @noble/hashes (and itself).' }] },
      ],
    },
  },
);
