import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../subgraphs/kit/paths';
import { subgraphModules } from '../subgraphs';

/**
 * Downloads every source that has a canonical download into ./data (git-ignored), where the
 * loaders find it before ../shared/data. Sources we derived ourselves have no download; the
 * script says so and where they come from.
 */
async function main() {
  const dir = path.join(projectRoot(), 'data');
  await mkdir(dir, { recursive: true });
  let failed = 0;
  for (const source of subgraphModules.flatMap((module) => module.sources)) {
    if (!source.downloadUrl) {
      console.log(`skip  ${source.fileName}: ${source.downloadNote ?? 'no download'}`);
      continue;
    }
    try {
      const response = await fetch(source.downloadUrl, { signal: AbortSignal.timeout(60_000) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = Buffer.from(await response.arrayBuffer());
      await writeFile(path.join(dir, source.fileName), body);
      console.log(`ok    ${source.fileName} (${body.length} bytes) from ${source.downloadUrl}`);
    } catch (error) {
      failed += 1;
      console.error(
        `FAIL  ${source.fileName} from ${source.downloadUrl}: ${(error as Error).message}`,
      );
    }
  }
  if (failed) {
    console.error(
      `${failed} download(s) failed; the loaders fall back to ../shared/data when ./data lacks a file.`,
    );
    process.exitCode = 1;
  }
}

void main();
