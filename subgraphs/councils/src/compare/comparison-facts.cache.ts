import type { Kysely } from 'kysely';
import type { RequestScope } from '../../../kit/service/module';
import type { CouncilsDatabase } from '../database';
import { findComparisonFacts, type ComparisonFacts } from './comparison-facts.repository';

// Per database (a test process serves several), the facts of its latest data version: every
// comparison and peer group of a version is computed from one read.
const byDatabase = new WeakMap<object, { version: string; facts: Promise<ComparisonFacts[]> }>();

/** The facts comparisons are made from, read once per data version. */
export async function comparisonFacts(
  db: Kysely<CouncilsDatabase>,
  scope: RequestScope,
): Promise<ComparisonFacts[]> {
  const version = await scope.dataVersion();
  const cached = byDatabase.get(db);
  if (cached?.version === version) return cached.facts;
  const facts = findComparisonFacts(db);
  byDatabase.set(db, { version, facts });
  // A failed read is not kept: the next request reads again.
  facts.catch(() => byDatabase.delete(db));
  return facts;
}

// The same facts by council id, made once per list of facts (so once per data version).
const indexes = new WeakMap<ComparisonFacts[], Map<string, ComparisonFacts>>();

/** The facts by council id, for the data version of the request. */
export async function comparisonFactsById(
  db: Kysely<CouncilsDatabase>,
  scope: RequestScope,
): Promise<Map<string, ComparisonFacts>> {
  const facts = await comparisonFacts(db, scope);
  let index = indexes.get(facts);
  if (!index) indexes.set(facts, (index = new Map(facts.map((row) => [row.id, row]))));
  return index;
}
