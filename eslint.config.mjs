// Lint: typescript-eslint (type-aware where it matters) and ESLint's recommended rules; formatting
// is Prettier's job alone (eslint-config-prettier turns off every rule that would fight it).
// `npm run lint` runs both; the type-aware rules need `tsc -b` project files, not a build.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', '.e2e/**', 'test/e2e/workbench/**', 'bench/results/**', 'bench/corpus/**', 'bench/fixtures/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its error: in the server that is a request that never answers.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // Type-only imports vanish from the bundle; marking them keeps LSP types out of engine output.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // tsc (noUnusedLocals/noUnusedParameters) already reports these, with the `_` convention.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node }, sourceType: 'module' },
  },
  {
    // The bins are CommonJS shims that require the bundles.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      // Empty catches are deliberate best-effort cleanup (kill a process that may be gone, read an optional file).
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    // Destructuring a key away (`{ samples, ...rest }`) is how scripts drop a field.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }] },
  },
  {
    // Tests read and deliberately corrupt raw JSON (knowledge files, the manifest, grammars): `any` is the honest type there.
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
