// One linter config. The layer rules keep data flowing one way (see ../shared/STYLE.md):
// shared/ is pure, renderer/ talks to main only through its platform module, nothing imports upward.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'url',
  'worker_threads',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'dist-electron',
      'release',
      '.cache',
      'test-results',
      'playwright-report',
      // A developer's own throw-away scripts (ignored by git too).
      'scratch',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts', 'shared/**/test-support/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'shared/ is pure TypeScript: no Node built-ins.' },
            {
              group: ['electron', 'electron/*', 'electron-store', 'conf'],
              message: 'shared/ must not import Electron.',
            },
            { group: ['react', 'react-dom', 'zustand'], message: 'shared/ must not import the view.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import outer layers.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: nodeBuiltins, message: 'The renderer runs sandboxed: no Node built-ins.' },
            {
              group: ['electron', 'electron-store', 'conf'],
              message: 'Talk to main through the platform module.',
            },
            { group: ['**/electron/**'], message: 'The renderer imports only shared/ and itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron-store'],
              message:
                'Services and the browser mode run in plain Node: Electron only in electron/main and electron/preload.',
            },
            { group: ['**/renderer/**'], message: 'Main-process code must not import the renderer.' },
          ],
        },
      ],
    },
  },
);
