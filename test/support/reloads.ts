import { readdirSync } from 'node:fs';
import { ingestAll } from '../../scripts/lib/database';
import { subgraphModules } from '../../subgraphs';
import type { TestDatabase } from './databases';
import { fixtureCopy, fixturesDir } from './fixtures';

const LIMITS = { maxFileBytes: 100 * 1024 * 1024, maxProblems: 1000 };

/**
 * Every subgraph's fixture files as a temporary copy a test edits, and `load`, which imports
 * them all into `database` as `npm run ingest` does (the change feed recorded): for tests that
 * follow what successive loads do.
 */
export function reloadableFixtures(database: () => TestDatabase) {
  const files = Object.fromEntries(
    subgraphModules.map((module) => [
      module.name,
      fixtureCopy(module.name, readdirSync(fixturesDir(module.name))),
    ]),
  );
  return {
    files,
    load: () =>
      ingestAll(
        database().url,
        (module) => files[module.name].dir,
        undefined,
        subgraphModules,
        LIMITS,
      ),
  };
}
