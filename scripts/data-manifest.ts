import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildManifest, formatManifest, manifestPath } from './lib/data-manifest';

/** Rewrites data/manifest.json from the files in data/ and the sources in the code; commit it. */
try {
  const manifest = buildManifest();
  writeFileSync(manifestPath(), formatManifest(manifest));
  console.log(`wrote ${manifestPath()} (${manifest.files.length} files)`);
} catch (error) {
  console.error(`data:manifest failed: ${(error as Error).message}`);
  process.exitCode = 1;
}
