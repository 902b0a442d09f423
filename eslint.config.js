// Lint rules that keep the code's shape: typed code, no import cycles, the three layers in one direction
// (content/ ← machines/ ← src/), IndexedDB only behind src/storage/, and accessible JSX.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import prettier from 'eslint-config-prettier';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    settings: {
      // Preact writes a label's control as `for`, as HTML does.
      'jsx-a11y': { attributes: { for: ['for', 'htmlFor'] } },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './content',
              from: ['./machines', './src'],
              message: 'content/ is data: it imports nothing from machines/ or src/.',
            },
            {
              target: './machines',
              from: './src',
              message: 'machines/ are pure: they import nothing from src/.',
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Tests load storage modules afresh after resetting them, typed with `typeof import(…)`.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // TypeScript checks default and named imports; these rules only misread CommonJS packages.
      'import-x/default': 'off',
      'import-x/no-named-as-default': 'off',
      'import-x/no-named-as-default-member': 'off',
    },
  },
  {
    // Only the storage layer opens IndexedDB; everything else goes through it. Tests may, to build the
    // databases earlier versions of the app left on a device.
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: ['src/storage/**', 'tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'idb', message: 'Only src/storage/ touches IndexedDB: use its stores.' }] },
      ],
    },
  },
  prettier,
);
