import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import path from 'node:path';
import { projectRoot } from '../../platform/paths';
import { subgraphModules } from '../../subgraphs';

export const schemaDir = () => path.join(projectRoot(), 'schema');
export const subgraphSdlPath = (name: string) => path.join(schemaDir(), `${name}.graphql`);
export const supergraphPath = () => path.join(schemaDir(), 'supergraph.graphql');

export interface ComposedSchemas {
  subgraphs: { name: string; sdl: string }[];
  supergraph: string;
}

/**
 * Prints each subgraph's SDL from the code and composes the supergraph in-process with
 * @apollo/composition (what `rover supergraph compose` does). The URLs are the defaults for a
 * local run; the gateway overrides them from its configuration.
 */
export async function composeSchemas(): Promise<ComposedSchemas> {
  const subgraphs = [];
  for (const module of subgraphModules) {
    const { sdl } = await module.buildSchema();
    subgraphs.push({
      name: module.name,
      sdl,
      url: `http://localhost:${module.defaultPort}/graphql`,
    });
  }
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })),
  );
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return {
    subgraphs: subgraphs.map(({ name, sdl }) => ({ name, sdl })),
    supergraph: result.supergraphSdl,
  };
}
