import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from '../../platform/limits/depth-limit';

const schema = buildSchema('type Query { node: Node } type Node { id: ID, child: Node }');
const errorsOf = (document: string, maxDepth: number) =>
  validate(schema, parse(document), [depthLimit(maxDepth)]).map((error) => error.message);

describe('depthLimit', () => {
  it('counts fields through fragments and inline fragments, not introspection', () => {
    const document = `
      query Deep { node { ...A } __typename }
      fragment A on Node { child { ... on Node { child { id } } } }`;
    expect(errorsOf(document, 4)).toEqual([]);
    expect(errorsOf(document, 3)).toEqual(['Operation "Deep" is 4 fields deep; the limit is 3']);
  });

  it('measures fragments that spread each other twice, level upon level, in linear time', () => {
    // 40 levels: 2^40 walks without remembering each fragment's depth.
    let document = 'query Bomb { ...F0 }\nfragment F40 on Query { node { id } }\n';
    for (let i = 0; i < 40; i++)
      document += `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }\n`;
    const started = performance.now();
    expect(errorsOf(document, 10)).toEqual([]);
    expect(errorsOf(document.replace('node { id }', 'node { child { child { id } } }'), 2)).toEqual(
      ['Operation "Bomb" is 4 fields deep; the limit is 2'],
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
