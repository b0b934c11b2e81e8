import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../platform/paths';

const run = promisify(execFile);

/**
 * The rooms of docs/architecture.md are enforced by `npm run lint` (eslint.config.mjs); this
 * writes one deliberately bad import into each room, runs the project's own ESLint on them as CI
 * does, and requires each to fail with its room's rule, and a good import to pass. The probes
 * live only for the run (`__lint_probe__.ts` is git-ignored).
 */
const PROBES: { file: string; source: string; refusedWith: RegExp | null }[] = [
  {
    file: 'platform/__lint_probe__.ts',
    source:
      "import { subgraphModules } from '../subgraphs';\nexport const probe = subgraphModules;\n",
    refusedWith: /platform\/ is the ground floor/,
  },
  {
    file: 'gateway/__lint_probe__.ts',
    source:
      "import { councilsModule } from '../subgraphs/councils/module';\nexport const probe = councilsModule;\n",
    refusedWith: /The gateway imports only platform\/ and schema\//,
  },
  {
    file: 'scripts/lib/__lint_probe__.ts',
    source:
      "import { AssetStatus } from '../../subgraphs/assets/src/asset/asset.enums';\nexport const probe = AssetStatus;\n",
    refusedWith: /Scripts reach subgraphs only through the registry/,
  },
  {
    file: 'subgraphs/funding/__lint_probe__.ts',
    source:
      "import { councilsModule } from '../councils/module';\nexport const probe = councilsModule;\n",
    refusedWith: /A subgraph imports only its own files/,
  },
  {
    file: 'subgraphs/kit/__lint_probe__.ts',
    source:
      "import { assetsModule } from '../assets/module';\nexport const probe = assetsModule;\n",
    refusedWith: /The kit serves every subgraph and imports none of them/,
  },
  {
    file: 'subgraphs/assets/src/__lint_probe__.ts',
    source:
      "import { eventsImporter } from '../ingest/events.importer';\nexport const probe = eventsImporter;\n",
    refusedWith: /Serving code \(src\) does not import the importers/,
  },
  {
    file: 'schema/__lint_probe__.ts',
    source: "import { today } from '../platform/calendar';\nexport const probe = today;\n",
    refusedWith: /schema\/ is the public contract/,
  },
  // What the rooms allow: the gateway on the ground floor and the public contract.
  {
    file: 'gateway/__lint_probe_allowed__.ts',
    source:
      "import { today } from '../platform/calendar';\nimport { LIST_SIZING } from '../schema/list-sizes';\nexport const probe = [today, LIST_SIZING];\n",
    refusedWith: null,
  },
];

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

describe('the rooms, enforced by lint', () => {
  const root = projectRoot();
  const files = PROBES.map((probe) => path.join(root, probe.file));

  beforeAll(() => PROBES.forEach((probe, i) => writeFileSync(files[i], probe.source)));
  afterAll(() => files.forEach((file) => rmSync(file, { force: true })));

  it('refuses a bad import in every room, each with its own rule, and allows a good one', async () => {
    const eslint = path.join(root, 'node_modules', '.bin', 'eslint');
    // ESLint exits 1 when it finds problems: that is the point here.
    const { stdout } = await run(eslint, ['--format', 'json', ...files], { cwd: root }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '[]' }),
    );
    const results = JSON.parse(stdout) as LintResult[];
    for (const [i, probe] of PROBES.entries()) {
      const result = results.find((r) => r.filePath === files[i]);
      expect(result).toBeDefined();
      const messages = result?.messages ?? [];
      if (probe.refusedWith === null) {
        expect(messages).toEqual([]);
        continue;
      }
      expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
      expect(messages[0].message).toMatch(probe.refusedWith);
    }
  });
});
