import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildManifest,
  committedSources,
  dataDir,
  formatManifest,
  manifestPath,
} from './lib/data-manifest';

/**
 * Refreshes the committed snapshot in data/ from every source that has a canonical download, then
 * rewrites data/manifest.json (a changed file gets today's retrieved date). Sources we derived
 * ourselves have no download; the script says so. Review the diff and commit it.
 */
async function main() {
  let failed = 0;
  for (const source of committedSources()) {
    if (!source.downloadUrl) {
      console.log(`skip  ${source.fileName}: ${source.downloadNote ?? 'no download'}`);
      continue;
    }
    try {
      const response = await fetch(source.downloadUrl, { signal: AbortSignal.timeout(60_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      await writeFile(path.join(dataDir(), source.fileName), body);
      console.log(`ok    ${source.fileName} (${body.length} bytes) from ${source.downloadUrl}`);
    } catch (error) {
      failed += 1;
      console.error(
        `FAIL  ${source.fileName} from ${source.downloadUrl}: ${(error as Error).message}`,
      );
    }
  }
  writeFileSync(manifestPath(), formatManifest(buildManifest()));
  console.log(`wrote ${manifestPath()}`);
  if (failed) {
    console.error(`${failed} download(s) failed; the committed copies of those files are kept.`);
    process.exitCode = 1;
  }
}

void main();
