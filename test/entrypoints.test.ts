import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../platform/paths';

/**
 * type-graphql's decorators need the Reflect metadata API before any decorated class loads, and
 * jest loads it for every test (setupFiles), so only the compiled programs can miss it: each
 * program `node` runs must import it first. (`npm start` once failed in every child this way.)
 */
describe('every program node runs', () => {
  const root = projectRoot();
  const programs = [
    ...readdirSync(path.join(root, 'subgraphs'))
      .filter((name) => name !== 'kit' && !name.includes('.'))
      .map((name) => `subgraphs/${name}/main.ts`),
    'subgraphs/kit/service/main.ts',
    'gateway/main.ts',
    ...readdirSync(path.join(root, 'scripts'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => `scripts/${name}`),
  ];

  it.each(programs)('%s imports reflect-metadata first', (file) => {
    const firstImport = readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .find((line) => line.startsWith('import '));
    expect(firstImport).toBe("import 'reflect-metadata';");
  });
});
