import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const fixturesDir = (subgraph: string) => path.join(__dirname, '..', 'fixtures', subgraph);

/**
 * A temporary copy of a subgraph's fixture files, which a test may then break or change
 * (`edit`) without touching the committed fixtures.
 */
export function fixtureCopy(subgraph: string, files: string[]) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `cpg-fixtures-${subgraph}-`));
  for (const file of files)
    copyFileSync(path.join(fixturesDir(subgraph), file), path.join(dir, file));
  return {
    dir,
    path: (file: string) => path.join(dir, file),
    read: (file: string) => readFileSync(path.join(dir, file), 'utf8'),
    remove: (file: string) => rmSync(path.join(dir, file)),
    edit(file: string, change: (content: string) => string) {
      const target = path.join(dir, file);
      writeFileSync(target, change(readFileSync(target, 'utf8')));
    },
  };
}
