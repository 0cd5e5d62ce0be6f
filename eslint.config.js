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

// Literal words in JSX: text, {'…'} children, either branch of {a ? '…' : …}, template strings, and the same in
// label-like attributes (accessible names, titles, helper texts). A t('id') call's literal id is not a word.
const WORDS = '/\\p{L}{2,}/u';
const LABEL = 'JSXAttribute[name.name=/^(aria-label|aria-description|aria-valuetext|label|title|placeholder|alt|helperText)$/]';
const say = "Words on screen come from the message catalogues: t('id') (src/web/i18n).";
const literalWords = [
  { selector: `JSXText[value=${WORDS}]`, message: say },
  ...['JSXElement', 'JSXFragment', LABEL].flatMap((parent) => [
    { selector: `${parent} > JSXExpressionContainer > Literal[value=${WORDS}]`, message: say },
    { selector: `${parent} > JSXExpressionContainer > :matches(ConditionalExpression, LogicalExpression) > Literal[value=${WORDS}]`, message: say },
    {
      selector: `${parent} > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
      message: "A sentence built in a template string cannot be translated: one message with arguments, t('id', { … }).",
    },
  ]),
  { selector: `${LABEL} > Literal`, message: "Accessible names and labels come from the message catalogues too: t('id')." },
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
    // Every word on screen comes from the message catalogues (src/web/i18n): a literal in a component is a string left
    // untranslated. The rule sees JSX text, literal {'…'} children and label-like attributes; words built in template
    // strings or passed in other props are for review to catch.
    files: ['src/web/**/*.tsx'],
    ignores: ['src/web/**/*.test.tsx', 'src/web/testing/**'],
    rules: {
      'no-restricted-syntax': ['error', ...literalWords],
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
