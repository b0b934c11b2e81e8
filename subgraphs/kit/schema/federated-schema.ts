import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  isObjectType,
  Kind,
  parse,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { restoreEnumDefaults } from './enum-defaults';
import { badUserInput } from '../../../platform/errors/client-errors';
import { buildSchema, createResolversMap, type NonEmptyArray } from 'type-graphql';

export const FEDERATION_VERSION = 'https://specs.apollo.dev/federation/v2.7';
/**
 * The description of `Query`. type-graphql has no option for the root type's own description,
 * so it is set on the built schema; every subgraph gives the same text, so that composition
 * keeps it for the supergraph.
 */
export const QUERY_DESCRIPTION =
  'Where every read starts. The data is read-only: the only mutations are an API key’s own webhook subscriptions (`subscribeWebhook`). Paged lists are Relay connections (`first`, 1 to 100, default 20; `after`), and every loaded record says where it comes from (`source`) and how it came to be here (`provenance`).';

const FEDERATION_IMPORTS = [
  '@key',
  '@shareable',
  '@external',
  '@requires',
  '@provides',
  '@inaccessible',
];

export const MUTATION_DESCRIPTION =
  'What an API key (`x-api-key`) may change: its own webhook subscriptions to the change feed. Nothing else in the graph can be written through the API; the data comes from the loads.';

export interface FederatedSchemaOptions {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  /** `{ TypeName: { __resolveReference } }` for each entity this subgraph resolves. */
  referenceResolvers?: GraphQLResolverMap<unknown>;
}

export interface FederatedSchema {
  schema: GraphQLSchema;
  /** The subgraph SDL with its federation directives, as `_service { sdl }` returns it. */
  sdl: string;
}

/**
 * Turns type-graphql classes into a Federation 2 subgraph. type-graphql prints `@key` and
 * `@shareable` through `@Directive`, but its own schema emitter drops them, so the schema is
 * printed with directives kept, given the `@link` header and rebuilt by `buildSubgraphSchema`.
 */
export async function buildFederatedSchema(
  options: FederatedSchemaOptions,
): Promise<FederatedSchema> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    skipCheck: true,
  });
  const queryType = typeGraphQLSchema.getQueryType();
  if (queryType) queryType.description = QUERY_DESCRIPTION;
  const mutationType = typeGraphQLSchema.getMutationType();
  if (mutationType) mutationType.description = MUTATION_DESCRIPTION;
  const link = `extend schema @link(url: "${FEDERATION_VERSION}", import: ${JSON.stringify(FEDERATION_IMPORTS)})`;
  const typeDefs = shareNodeIds(
    parse(`${link}\n\n${printSchemaWithDirectives(typeGraphQLSchema)}`),
  );

  const resolvers = createResolversMap(typeGraphQLSchema) as GraphQLResolverMap<unknown>;
  for (const [typeName, typeResolvers] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      ...(typeResolvers as object),
    } as never;
  }
  const schema = buildSubgraphSchema({ typeDefs, resolvers });
  restoreEnumDefaults(schema);
  isolateUnknownEntityTypes(schema);
  return { schema, sdl: printSubgraphSchema(schema) };
}

/**
 * `nodeId` (from the `Node` interface, `kit/entity/node.ts`) is declared on an entity by its owner
 * and by every subgraph that points at it, each resolving it the same way from the key: it must be
 * `@shareable` on each object type, which an interface field cannot say for its implementations.
 */
function shareNodeIds(document: DocumentNode): DocumentNode {
  const shareable: ConstDirectiveNode = {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: 'shareable' },
  };
  return visit(document, {
    ObjectTypeDefinition: (type) => ({
      ...type,
      fields: type.fields?.map((field) =>
        field.name.value === 'nodeId'
          ? { ...field, directives: [...(field.directives ?? []), shareable] }
          : field,
      ),
    }),
  });
}

/**
 * `@apollo/subgraph` fails a whole `_entities` call when one representation names a type this
 * subgraph does not have, nulling every valid entry with it. Answer such an entry alone with a
 * client error at its own index, and resolve the rest.
 */
function isolateUnknownEntityTypes(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const resolveEntities = field?.resolve;
  if (!field || !resolveEntities) return;
  field.resolve = async (source, args: Record<string, unknown>, context, info) => {
    // `_entities(representations: [_Any!]!)`: graphql-js has checked that it is a list.
    const representations = args.representations as { __typename?: unknown }[];
    const isKnown = ({ __typename }: { __typename?: unknown }) =>
      typeof __typename === 'string' && isObjectType(info.schema.getType(__typename));
    const known = representations.filter(isKnown);
    const resolved = (await resolveEntities(
      source,
      { ...args, representations: known },
      context,
      info,
    )) as unknown[];
    let next = 0;
    return representations.map((representation) =>
      isKnown(representation)
        ? resolved[next++]
        : badUserInput(
            `No entity type ${JSON.stringify(representation.__typename)} in this subgraph`,
            'representations',
          ),
    );
  };
}
