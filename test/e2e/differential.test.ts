import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { EXAMPLES } from '../../gateway/explorer/examples';
import {
  ensureHiveGateway,
  startHiveGateway,
  type RunningHive,
} from '../../scripts/lib/bench/hive';
import { Q1_QUERY, Q2_QUERY, Q3_QUERY } from '../../scripts/lib/bench/scenarios';
import { graphql, startTestGraph, TEST_SUBGRAPH_SECRET, type TestGraph } from '../support/services';

// Installing Hive Gateway into its cache folder takes about 1.5 minutes on a cold cache; past
// this the test skips, saying why, rather than slow CI down further.
const INSTALL_TIMEOUT_MS = 180_000;

interface Contract {
  from: string;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * The contract queries: the README's examples, the bench's Q1–Q3, and every query written as a
 * literal in the end-to-end tests (a template literal that starts with `{` or `query` and has no
 * interpolation). Those needing variables or fixtures fail on ours and are left out below.
 */
function contractQueries(): Contract[] {
  const e2e = path.join(__dirname);
  const literals = readdirSync(e2e)
    .filter((file) => file.endsWith('.test.ts') && file !== path.basename(__filename))
    .flatMap((file) =>
      [...readFileSync(path.join(e2e, file), 'utf8').matchAll(/`([^`]*)`/g)]
        .map(([, text]) => text)
        .filter((text) => /^\s*(\{|query\b)/.test(text) && !text.includes('${'))
        .map((query) => ({ from: file, query })),
    );
  return [
    ...EXAMPLES.map((example) => ({ from: 'README', query: example.query })),
    { from: 'bench Q1', query: Q1_QUERY, variables: { code: 'SHF' } },
    { from: 'bench Q2', query: Q2_QUERY, variables: { first: 100 } },
    { from: 'bench Q3', query: Q3_QUERY, variables: { first: 100 } },
    ...literals,
  ];
}

describe('differential: our gateway and Hive Gateway on the same subgraphs and supergraph', () => {
  let graph: TestGraph | undefined;
  let hive: RunningHive | undefined;
  let skipped: string | undefined;

  beforeAll(async () => {
    if (process.env.SKIP_HIVE_DIFFERENTIAL) {
      skipped = 'SKIP_HIVE_DIFFERENTIAL is set';
      return;
    }
    const install = await ensureHiveGateway(INSTALL_TIMEOUT_MS);
    if (typeof install === 'string') {
      skipped = install;
      return;
    }
    graph = await startTestGraph({ data: 'real' });
    hive = await startHiveGateway({
      install,
      subgraphUrls: Object.fromEntries(
        Object.entries(graph.subgraphs).map(([name, service]) => [name, service.url]),
      ),
      sharedSecret: TEST_SUBGRAPH_SECRET,
      deduplication: true,
      rustPlanner: install.rustPlanner,
    });
  }, INSTALL_TIMEOUT_MS + 120_000);

  afterAll(async () => {
    await hive?.stop();
    await graph?.stop();
  });

  it('gives the same answer to every contract query that succeeds on ours', async () => {
    if (skipped) {
      console.warn(`differential test skipped: ${skipped}`);
      return;
    }
    const compared: string[] = [];
    const differences: string[] = [];
    for (const contract of contractQueries()) {
      const ours = await graphql(graph!.gateway.url, contract.query, contract.variables);
      // Errors are where the two are allowed to differ (codes, masking, partial data).
      if (ours.errors || ours.data === null || ours.data === undefined) continue;
      const theirs = await graphql(hive!.url, contract.query, contract.variables);
      compared.push(contract.from);
      if (theirs.errors || !isDeepStrictEqual(theirs.data, ours.data))
        differences.push(
          `${contract.from}: ${contract.query.trim().slice(0, 80)}…\n  Hive: ${JSON.stringify(theirs).slice(0, 300)}`,
        );
    }
    expect(differences).toEqual([]);
    // Every README example and Q1–Q3 at least, so a broken extraction cannot pass empty.
    expect(compared.length).toBeGreaterThanOrEqual(EXAMPLES.length + 3);
  });

  it('both refuse an operation deeper than the limit (messages and codes may differ)', async () => {
    if (skipped) return;
    const deep = `{ ${'councils { nodes { county { '.repeat(4)}id${' } } }'.repeat(4)} }`;
    const ours = await graphql(graph!.gateway.url, deep);
    const theirs = await graphql(hive!.url, deep);
    expect(ours.errors?.length).toBeGreaterThan(0);
    expect(theirs.errors?.length).toBeGreaterThan(0);
    expect(theirs.data ?? null).toBeNull();
  });
});
