import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const root = path.dirname(fileURLToPath(import.meta.url));

// Every subgraph folder but the kit: each owns its domain and meets the others only in the graph.
export const subgraphs = readdirSync(path.join(root, 'subgraphs'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
  .map((entry) => entry.name);

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
/** An import of one of the top-level folders (`../subgraphs`, `../../gateway/config`). */
const folders = (...names) => `(^|/)(${names.join('|')})(/|$)`;
/** An import into one of these subgraphs' folders (`../councils/module`; not `./councils`). */
const intoSubgraphs = (...names) => `(^|/)(${names.join('|')})/`;
const aSubgraph = intoSubgraphs(...subgraphs);

/**
 * The rooms of the code (docs/architecture.md, "The rooms"), enforced: a violation fails
 * `npm run lint`, and `test/lint-rooms.test.ts` checks that each zone refuses a bad import.
 * Imports are matched by their path text.
 */
const rooms = [
  {
    files: ['platform/**/*.ts'],
    rules: restrict({
      regex: folders('subgraphs', 'gateway', 'scripts', 'schema', 'test'),
      message:
        'platform/ is the ground floor: it imports nothing of ours (only its own files and packages).',
    }),
  },
  {
    files: ['gateway/**/*.ts'],
    rules: restrict({
      regex: folders('subgraphs', 'scripts', 'test'),
      message: 'The gateway imports only platform/ and schema/: it knows subgraphs by their SDL.',
    }),
  },
  {
    files: ['schema/**/*.ts'],
    rules: restrict({
      regex: '^\\.',
      message: 'schema/ is the public contract; its modules import nothing of ours.',
    }),
  },
  {
    files: ['subgraphs/kit/**/*.ts'],
    rules: restrict({
      regex: `${aSubgraph}|${folders('gateway', 'scripts', 'test')}|^(\\.\\./)+index$`,
      message:
        'The kit serves every subgraph and imports none of them (nor the gateway, scripts or tests).',
    }),
  },
  ...subgraphs.map((name) => ({
    files: [`subgraphs/${name}/**/*.ts`],
    rules: restrict({
      regex: `${intoSubgraphs(...subgraphs.filter((other) => other !== name))}|${folders('gateway', 'scripts', 'test')}|^(\\.\\./)+index$`,
      message:
        'A subgraph imports only its own files, the kit, platform/ and schema/: it meets other subgraphs through entity references in the graph.',
    }),
  })),
  {
    files: ['subgraphs/*/src/**/*.ts'],
    rules: restrict(
      {
        regex: '^(\\.\\./)+ingest/',
        message: 'Serving code (src) does not import the importers (ingest).',
      },
      {
        regex: `${aSubgraph}|${folders('gateway', 'scripts', 'test')}|^(\\.\\./)+index$`,
        message:
          'A subgraph imports only its own files, the kit, platform/ and schema/: it meets other subgraphs through entity references in the graph.',
      },
    ),
  },
  {
    files: ['scripts/**/*.ts'],
    rules: restrict({
      regex: '(^|/)subgraphs/(?!kit/|index$)',
      message:
        "Scripts reach subgraphs only through the registry (subgraphs/index.ts: each module's name, schema, importers, schema builder, tools) and the kit, never a subgraph's own folders.",
    }),
  },
];

/** Type-aware rules: a promise nobody awaits, and `any` flowing into typed code, are errors. */
const typeAware = {
  '@typescript-eslint/no-floating-promises': 'error',
  '@typescript-eslint/no-misused-promises': 'error',
  '@typescript-eslint/await-thenable': 'error',
  // A cast the types already prove is noise that hides the casts that matter.
  '@typescript-eslint/no-unnecessary-type-assertion': 'error',
};
const noUnsafe = {
  '@typescript-eslint/no-unsafe-assignment': 'error',
  '@typescript-eslint/no-unsafe-member-access': 'error',
  '@typescript-eslint/no-unsafe-call': 'error',
  '@typescript-eslint/no-unsafe-return': 'error',
  '@typescript-eslint/no-unsafe-argument': 'error',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.pgdata/**',
      'test-artifacts/**',
      'test/fixtures/lint/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['*.js'], languageOptions: { globals: { module: 'writable', require: 'readonly' } } },
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // type-graphql classes declare fields that the decorators fill in
      '@typescript-eslint/no-non-null-assertion': 'off',
      ...typeAware,
    },
  },
  // What ships is held to no `any` flowing anywhere; tests read JSON answers, which are `any`.
  {
    files: [
      'platform/**/*.ts',
      'gateway/**/*.ts',
      'subgraphs/**/*.ts',
      'scripts/**/*.ts',
      'schema/**/*.ts',
    ],
    rules: noUnsafe,
  },
  // Run by Hive Gateway's own CLI, whose packages the project does not install.
  { files: ['deploy/**/*.ts'], ...tseslint.configs.disableTypeChecked },
  ...rooms,
);
