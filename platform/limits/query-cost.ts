import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * How long the lists of a schema can be, for the cost measure: the page of a paged field
 * (`first` or `last`, clamped to what the API serves) and the most items each list without paging holds.
 * The graph's own figures are in `schema/list-sizes.ts`, beside the SDL they describe.
 */
export interface ListSizing {
  /** The page of a paged list when `first` is not given. */
  defaultPageSize: number;
  /** The largest page the API serves. */
  maxPageSize: number;
  /** Lists without paging, keyed `Type.field`, with the most items each is assumed to hold. */
  unpaged: Readonly<Record<string, number>>;
  /** The assumed length of an unpaged list not in `unpaged`. */
  unpagedDefault: number;
}

/** What one operation asks for, measured before anything runs. */
export interface OperationMeasure {
  /**
   * The most objects the response can hold: every field of an object type counts 1, times the
   * length of each list above it (`first`, else the field's assumed maximum, see `ListSizing`).
   */
  cost: number;
  /** Aliased fields written, fragments expanded (each spread of a fragment counts its aliases again). */
  aliases: number;
  /** Fields at the root of the operation, fragments expanded. */
  rootFields: number;
  /** Directives written anywhere in the document. */
  directives: number;
  /** Representations passed to `_entities` (subgraphs only; 0 elsewhere). */
  entities: number;
}

interface Tally {
  cost: number;
  aliases: number;
  /** Fields of this selection set itself, through its fragments. */
  fields: number;
}

const NOTHING: Tally = { cost: 0, aliases: 0, fields: 0 };

type Variables = Record<string, unknown> | undefined;

const intOf = (node: ValueNode | undefined, variables: Variables): number | undefined => {
  if (node?.kind === Kind.INT) return Number(node.value);
  if (node?.kind === Kind.VARIABLE) {
    const value = variables?.[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
};

const lengthOf = (node: ValueNode | undefined, variables: Variables): number => {
  if (node?.kind === Kind.LIST) return node.values.length;
  if (node?.kind === Kind.VARIABLE) {
    const value = variables?.[node.name.value];
    return Array.isArray(value) ? value.length : 1;
  }
  return 1;
};

/** The page a paged field asks for, clamped to what the API serves (a bad `first` is refused later, by name). */
const pageSize = (first: number | undefined, sizing: ListSizing) =>
  Math.min(sizing.maxPageSize, Math.max(1, first ?? sizing.defaultPageSize));

interface DocumentShape {
  fragments: Map<string, FragmentDefinitionNode>;
  directives: number;
}

// Apollo's document store hands out one parsed document per distinct query text, so what
// depends on the document alone is worked out once, not on every request.
const shapes = new WeakMap<DocumentNode, DocumentShape>();

/** A document's fragments by name and its number of directives. */
function shapeOf(document: DocumentNode): DocumentShape {
  let shape = shapes.get(document);
  if (shape) return shape;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  let directives = 0;
  visit(document, {
    Directive() {
      directives += 1;
    },
  });
  shapes.set(document, (shape = { fragments, directives }));
  return shape;
}

/**
 * Measures an operation against the schema it will run on (the gateway's API schema, or a
 * subgraph's), with its variables. Fields the schema does not know are skipped (validation
 * reports them). Each fragment is measured once per type it is spread into and reused, so a
 * document of fragments spreading fragments (a few hundred bytes that expand to millions of
 * fields) is measured in time linear in its size, and its cost comes out as the huge number it
 * is. Introspection fields (`__schema`, `__type`, `__typename`) cost nothing: graphql-js
 * answers them from memory.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  sizing: ListSizing,
): OperationMeasure {
  const { fragments, directives } = shapeOf(document);
  const measured = new Map<string, Tally>();
  const inProgress = new Set<string>();
  let entities = 0;

  const fieldOf = (
    type: GraphQLCompositeType,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined =>
    'getFields' in type ? type.getFields()[name] : undefined;

  const selectionTally = (
    selectionSet: SelectionSetNode,
    type: GraphQLCompositeType,
    page: number | undefined,
  ): Tally => {
    const tally: Tally = { ...NOTHING };
    const add = (more: Tally) => {
      tally.cost += more.cost;
      tally.aliases += more.aliases;
      tally.fields += more.fields;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : type;
        if (condition && isCompositeType(condition))
          add(selectionTally(selection.selectionSet, condition, page));
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(fragmentTally(selection.name.value, page));
        continue;
      }
      tally.fields += 1;
      if (selection.alias) tally.aliases += 1;
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const field = fieldOf(type, name);
      if (!field) continue;
      const argument = (argName: string) =>
        selection.arguments?.find((arg) => arg.name.value === argName)?.value;
      const named = getNamedType(field.type);
      // A page forward (`first`) or backward (`last`); a field refuses both together.
      const paged = field.args.some((arg) => arg.name === 'first');
      const asked = intOf(argument('first'), variables) ?? intOf(argument('last'), variables);
      const ownPage = paged ? pageSize(asked, sizing) : undefined;
      let times = 1;
      if (name === '_entities') {
        const count = lengthOf(argument('representations'), variables);
        entities += count;
        times = count;
      } else if (isListType(getNullableType(field.type))) {
        // A list inside a connection (`nodes`, `edges`) has the connection's page; a paged list
        // its own; any other list its assumed maximum.
        times = ownPage ?? page ?? sizing.unpaged[`${type.name}.${name}`] ?? sizing.unpagedDefault;
      }
      if (!isCompositeType(named) || !selection.selectionSet) continue;
      const inner = selectionTally(selection.selectionSet, named, ownPage);
      tally.cost += (1 + inner.cost) * times;
      tally.aliases += inner.aliases;
    }
    return tally;
  };

  const fragmentTally = (name: string, page: number | undefined): Tally => {
    const key = `${name}:${page ?? ''}`;
    const known = measured.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    // A fragment spreading itself is a validation error; counting it once more ends the walk.
    if (!fragment || !type || !isCompositeType(type) || inProgress.has(key)) return NOTHING;
    inProgress.add(key);
    const tally = selectionTally(fragment.selectionSet, type, page);
    inProgress.delete(key);
    measured.set(key, tally);
    return tally;
  };

  const root = schema.getRootType(operation.operation);
  const tally = root ? selectionTally(operation.selectionSet, root, undefined) : NOTHING;

  return {
    cost: tally.cost,
    aliases: tally.aliases,
    rootFields: tally.fields,
    directives,
    entities,
  };
}
