import { sql, type RawBuilder } from 'kysely';
import { badUserInput } from '../../../platform/errors/client-errors';

/** The most keys one grouped query takes: enough for "programme by region by year". */
export const MAX_GROUP_KEYS = 4;

/** One key a grouped total can be split by. */
export interface GroupDimension {
  /** The key of a counted row, over the query's own aliases (fixed SQL, never user text). */
  row: RawBuilder<unknown>;
  /**
   * The same key over the council facts (alias `c`), when the key is a place (so the group has
   * residents); null for keys that are not (programme, year, status).
   */
  facts: RawBuilder<unknown> | null;
  /** True when the key is one council: its own residents count, a county's too. */
  oneCouncil?: boolean;
  /**
   * True when the key separates counties from their districts (a council's kind): residents of
   * every current council count, as no group holds both a county and its districts.
   */
  separatesTiers?: boolean;
}

/** What `groupedTotals` needs: the dimensions, the rows and their sums, the council facts. */
export interface GroupedTotalsQuery {
  dimensions: readonly GroupDimension[];
  /** `from … where …` of the rows counted, joined to whatever the dimensions read. */
  rows: RawBuilder<unknown>;
  /** The aggregates of a group's rows (`count(*) as n, sum(…) as s`). */
  sums: RawBuilder<unknown>;
  /**
   * `from …` of the council facts as `c`, with `population`, `population_year`, `current` and
   * `lower_or_unitary` columns.
   */
  facts: RawBuilder<unknown>;
  /**
   * The filter's conditions on the council facts (`c`), so that a group's residents are those
   * of the councils whose rows it counts (a filter to one authority divides by its residents).
   */
  factsWhere: RawBuilder<unknown>[];
  /** True for a counted row that has a council (so its group has residents to divide by). */
  placed: RawBuilder<unknown>;
  /** Figures per resident of the group, over `g.population` and the sums' names (`g.s`). */
  perHead: RawBuilder<unknown>;
}

/** Refuses an empty, repeated or too long list of keys, naming the argument and the key. */
export function checkGroupBy<K extends string>(
  groupBy: readonly K[],
  argument: string,
  keys: Record<string, K>,
): void {
  if (groupBy.length === 0) throw badUserInput(`\`${argument}\` needs at least one key`, argument);
  const repeated = groupBy.find((key, i) => groupBy.indexOf(key) !== i);
  if (repeated !== undefined) {
    const name = Object.keys(keys).find((name) => keys[name] === repeated) ?? repeated;
    throw badUserInput(`\`${argument}\` names ${name} twice`, argument);
  }
  if (groupBy.length > MAX_GROUP_KEYS)
    throw badUserInput(
      `\`${argument}\` takes at most ${MAX_GROUP_KEYS} keys; got ${groupBy.length}`,
      argument,
    );
}

/** The column a group's `i`th key is answered in. */
export const keyColumn = (i: number) => `k${i}`;

/** Rows grouped by one key, by that key's text (null groups left out). */
export const byOnlyKey = <Row extends Record<string, unknown>>(rows: readonly Row[]) =>
  new Map(
    rows.flatMap((row) => {
      const key = row[keyColumn(0)];
      return typeof key === 'string' ? [[key, row] as const] : [];
    }),
  );

/**
 * One statement: the rows grouped by every dimension (`k0`, `k1`…), their sums, and the
 * residents of each group's place, so that per-head figures sit beside every sum. Residents are
 * those of current districts and unitaries in the place (a county's are already its districts'),
 * of every current council when a key keeps counties apart (kind), or of the councils
 * themselves when a key is one council; narrowed by the filter as the rows are. A place key that
 * is empty (no authority, no decile) is a place too: the councils without one. A group with no
 * place among its keys, or holding rows with no council, has no residents (null).
 */
export function groupedTotals(query: GroupedTotalsQuery): RawBuilder<Record<string, unknown>> {
  const keys = query.dimensions.map((d, i) => sql`${d.row} as ${sql.ref(keyColumn(i))}`);
  const positions = query.dimensions.map((_, i) => sql.lit(i + 1));
  const places = query.dimensions.flatMap((d, i) => (d.facts ? [{ facts: d.facts, i }] : []));
  const everyCouncil = query.dimensions.some((d) => d.oneCouncil);
  const tiersApart = query.dimensions.some((d) => d.separatesTiers);
  const residentsOf = everyCouncil
    ? sql`true`
    : tiersApart
      ? sql`c.current`
      : sql`c.current and c.lower_or_unitary`;
  const residents =
    places.length === 0
      ? sql`select null::bigint as population, null::int as population_year, counted.*
            from counted`
      : sql`
        select pop.population, pop.population_year, counted.*
        from counted
        left join (
          select ${sql.join(places.map((p) => sql`${p.facts} as ${sql.ref(keyColumn(p.i))}`))},
                 sum(c.population)::bigint as population,
                 max(c.population_year)::int as population_year
          ${query.facts}
          where ${sql.join([residentsOf, ...query.factsWhere], sql` and `)}
          group by ${sql.join(places.map((_, j) => sql.lit(j + 1)))}
        ) pop on counted.all_placed and ${sql.join(
          places.map(
            (p) =>
              sql`pop.${sql.ref(keyColumn(p.i))} is not distinct from counted.${sql.ref(keyColumn(p.i))}`,
          ),
          sql` and `,
        )}`;
  return sql<Record<string, unknown>>`
    with counted as (
      select ${sql.join(keys)}, ${query.sums}, bool_and(${query.placed}) as all_placed
      ${query.rows}
      group by ${sql.join(positions)}
    ),
    g as (${residents})
    select g.*, ${query.perHead} from g
    order by ${sql.join(
      query.dimensions.map((_, i) => sql`g.${sql.ref(keyColumn(i))} nulls last`),
    )}`;
}

/** A group's keys read back from its row: each as text (or null), and all of them as one `key`. */
export interface GroupKeys<K> {
  text(by: K): string | null;
  /** A yes-or-no key (`MAYORAL`). */
  flag(by: K): boolean | null;
  /** The keys in the order asked, joined by `|` (one key alone: itself, or null). */
  key: string | null;
}

export function groupKeysOf<K>(row: Record<string, unknown>, groupBy: readonly K[]): GroupKeys<K> {
  const texts = groupBy.map((_, i) => {
    const value = row[keyColumn(i)];
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : null;
  });
  const text = (by: K) => {
    const i = groupBy.indexOf(by);
    return i < 0 ? null : texts[i];
  };
  return {
    text,
    flag: (by) => {
      const value = text(by);
      return value === null ? null : value === 'true';
    },
    key: texts.length === 1 ? texts[0] : texts.map((part) => part ?? '').join('|'),
  };
}
