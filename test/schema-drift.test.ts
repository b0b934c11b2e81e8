import { readFileSync } from 'node:fs';
import { composeSchemas, subgraphSdlPath, supergraphPath } from '../scripts/lib/supergraph';

describe('committed schema', () => {
  it('matches what the code produces (run `npm run compose` and commit the result)', async () => {
    const { subgraphs, supergraph } = await composeSchemas();
    for (const { name, sdl } of subgraphs) {
      expect({ name, sdl: readFileSync(subgraphSdlPath(name), 'utf8') }).toEqual({
        name,
        sdl: `${sdl.trim()}\n`,
      });
    }
    expect(readFileSync(supergraphPath(), 'utf8')).toBe(`${supergraph.trim()}\n`);
  });
});
