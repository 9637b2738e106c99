// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The architecture, as import boundaries (see ../shared/style.md and README's "What is where"):
 * app → features → api/components/lib/hooks/config → contract; a feature imports only itself;
 * the server imports only itself and the contract; e2e and bench import what they test (the
 * server and the contract, never the app's code).
 */
const elements = [
  { type: 'app', pattern: 'src/app', partialMatch: false },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
  { type: 'shared', pattern: 'src/{api,components,config,hooks,lib}', partialMatch: false },
  { type: 'contract', pattern: 'contract', partialMatch: false },
  { type: 'server', pattern: 'server', partialMatch: false },
  { type: 'e2e', pattern: 'e2e', partialMatch: false },
  { type: 'bench', pattern: 'bench', partialMatch: false },
];

/** `from` may import the element types in `to` (and itself). */
const may = (from, to) => ({ from: { element: { type: from } }, allow: { to: { element: { type: to } } } });

const boundaryPolicies = [
  may('app', ['app', 'feature', 'shared', 'contract']),
  {
    from: { element: { type: 'feature' } },
    allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.captured.feature }}' } } } },
  },
  may('feature', ['shared', 'contract']),
  may('shared', ['shared', 'contract']),
  may('contract', ['contract']),
  may('server', ['server', 'contract']),
  may('e2e', ['e2e', 'server', 'contract']),
  may('bench', ['bench', 'e2e', 'server', 'contract']),
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'test-results/', 'playwright-report/', 'bench/results/', 'public/', 'scratch/'] },

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A leading underscore names a value left unused on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // This file itself is plain JavaScript, outside every tsconfig.
  { files: ['eslint.config.js'], extends: [tseslint.configs.disableTypeChecked] },

  // The app.
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat['recommended-latest'], jsxA11y.flatConfigs.recommended, pluginQuery.configs['flat/recommended']],
    languageOptions: { globals: globals.browser },
    // The building blocks that render a native control, so that the a11y rules see through them.
    settings: {
      'jsx-a11y': { components: { Input: 'input', SearchInput: 'input', Textarea: 'textarea', Select: 'select', Button: 'button' } },
    },
    rules: {
      // A label's text may sit a few elements down (a name and a description in their own spans).
      'jsx-a11y/label-has-associated-control': ['error', { depth: 4 }],
    },
  },
  // The server, the contract, the tests and the tools run on Node.
  {
    files: ['server/**', 'contract/**', 'e2e/**', 'bench/**', 'scripts/**', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },

  // Tests. Vitest's asymmetric matchers (`expect.any`, `expect.stringMatching`) are typed `any`, and
  // tests read answers' JSON as it comes; their assertions check those values, not the type system.
  // Stand-ins implement the async interfaces they replace with canned values, so need no await.
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**', 'server/testing/**', 'src/testing/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },

  // eSpeak NG (GPL-3.0) runs as a program of its own: only its process script may load it
  // (scripts/check-licenses.ts, separatePrograms).
  {
    files: ['**/*.{ts,tsx,js}'],
    ignores: ['server/speech/espeak-process.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@echogarden/espeak-ng-emscripten',
              message: 'Only server/speech/espeak-process.ts runs eSpeak NG, in its own process.',
            },
          ],
        },
      ],
    },
  },

  // Import boundaries.
  {
    files: ['src/**', 'contract/**', 'server/**', 'e2e/**', 'bench/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/include': ['src/**', 'contract/**', 'server/**', 'e2e/**', 'bench/**'],
      'import/resolver': {
        typescript: { noWarnOnMultipleProjects: true, project: ['tsconfig.app.json', 'tsconfig.node.json', 'tsconfig.contract.json'] },
      },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: boundaryPolicies }],
    },
  },
);
