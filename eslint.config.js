// ESLint (flat config): the JavaScript and typescript-eslint recommended rules over the code people write.
// Formatting is Prettier's job (`npm run format`); eslint-config-prettier turns off the rules that would fight it.
// Prettier leaves a line long when it cannot break it (a string, a regex, a comment, a test title), so the
// 120-character limit is checked here too: @stylistic/max-len, the maintained home of ESLint's deprecated max-len.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
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
    plugins: { '@stylistic': stylistic },
    rules: {
      // Prettier's printWidth; nothing is exempt (URLs, strings and regexes are split or composed instead).
      '@stylistic/max-len': [
        'error',
        {
          code: 120,
          tabWidth: 2,
          ignoreUrls: false,
          ignoreStrings: false,
          ignoreTemplateLiterals: false,
          ignoreRegExpLiterals: false,
          ignoreComments: false,
        },
      ],
      // `const { omitted: _omitted, ...kept } = x` is how the code drops a key; a leading _ marks it unused on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
]);
