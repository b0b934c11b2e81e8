import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { buildManifest, formatManifest, manifestPath } from '../scripts/lib/data-manifest';
import { projectRoot } from '../platform/paths';

describe('the committed open data', () => {
  it('is every file a loader reads, each with its manifest entry and checksum (run `npm run data:manifest` and commit)', () => {
    const committed = readFileSync(manifestPath(), 'utf8');
    expect(committed).toBe(formatManifest(buildManifest(undefined, JSON.parse(committed))));
  });

  it('is the only data the project reads: no tracked file reads the folder beside the checkout', () => {
    // Built from parts so that this test does not name the folder it looks for.
    const sibling = ['..', 'shared'].join('/');
    const outside = new RegExp(`${sibling.replace(/\./g, '\\.')}\\b|['"\`]shared/data`);
    const tracked = execFileSync('git', ['ls-files', '-z'], {
      cwd: projectRoot(),
      encoding: 'utf8',
    })
      .split('\0')
      .filter((file) => /\.(ts|js|mjs|json|yml|sh)$|^\.ci\//.test(file));
    const readers = tracked.filter(
      (file) =>
        existsSync(`${projectRoot()}/${file}`) &&
        outside.test(readFileSync(`${projectRoot()}/${file}`, 'utf8')),
    );
    expect(readers).toEqual([]);
  });
});
