import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

// Every subgraph folder but the kit: each owns its domain and meets the others only in the graph.
const subgraphs = readdirSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), 'subgraphs'),
  {
    withFileTypes: true,
  },
)
  .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
  .map((entry) => entry.name);

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** The boundaries of DESIGN.md, enforced: a violation fails `npm run lint`. */
const boundaries = [
  {
    files: ['subgraphs/kit/**/*.ts'],
    rules: restrict({
      regex: `(^|/)(${subgraphs.join('|')}|gateway|scripts)(/|$)|^(\\.\\./)+index$`,
      message:
        'The kit serves every subgraph and imports none of them (nor the gateway or scripts).',
    }),
  },
  ...subgraphs.map((name) => ({
    files: [`subgraphs/${name}/**/*.ts`],
    rules: restrict(
      {
        regex: `(^|/)(${subgraphs.filter((other) => other !== name).join('|')})/`,
        message: 'A subgraph never imports another: join through entity references in the graph.',
      },
      { regex: '(^|/)gateway/', message: 'Subgraphs do not import the gateway.' },
    ),
  })),
  {
    files: ['subgraphs/*/src/**/*.ts'],
    rules: restrict(
      {
        regex: '^(\\.\\./)+ingest/',
        message: 'Serving code (src) does not import the loaders (ingest).',
      },
      {
        regex: `(^|/)(${subgraphs.join('|')})/`,
        message: 'A subgraph never imports another: join through entity references in the graph.',
      },
    ),
  },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.pgdata/**', 'test-artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['*.js'], languageOptions: { globals: { module: 'writable', require: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // type-graphql classes declare fields that the decorators fill in
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...boundaries,
);
