// ESLint (flat config): the JavaScript and typescript-eslint recommended rules over the code people write.
// Formatting is Prettier's job (`npm run format`); eslint-config-prettier turns off the rules that would fight it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// The Node globals the plain-JavaScript files use (TypeScript files get theirs from @types/node through tsc).
const nodeGlobals = Object.fromEntries(
  ['process', 'console', 'fetch', 'AbortSignal', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'performance'].map(
    (name) => [name, 'readonly'],
  ),
);

export default defineConfig([
  globalIgnores(['node_modules/', 'data/', 'coverage/', 'reports/', '.stryker-tmp/', '.tmp/', 'dist/']),
  {
    files: ['{src,test,bench,scripts}/**/*.{ts,js,mjs}', '*.{ts,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended, prettier],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: nodeGlobals },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `const { omitted: _omitted, ...kept } = x` is how the code drops a key; a leading _ marks it unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
]);
