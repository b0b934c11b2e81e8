import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { composeSchemas, subgraphSdlPath, supergraphPath } from './lib/supergraph';

/** Writes schema/<subgraph>.graphql and schema/supergraph.graphql; commit what it writes. */
async function main() {
  const { subgraphs, supergraph } = await composeSchemas();
  for (const { name, sdl } of subgraphs) {
    await writeFile(subgraphSdlPath(name), `${sdl.trim()}\n`);
    console.log(`wrote ${subgraphSdlPath(name)}`);
  }
  await writeFile(supergraphPath(), `${supergraph.trim()}\n`);
  console.log(`wrote ${supergraphPath()}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
