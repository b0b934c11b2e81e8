import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { subgraphModules } from '../subgraphs';

/** Types that federation adds to every subgraph; they are Apollo's to document, not ours. */
const isFederationType = (name: string) =>
  ['_Any', '_Entity', '_Service'].includes(name) ||
  name.startsWith('link__') ||
  name.startsWith('federation__');
const FEDERATION_QUERY_FIELDS = ['_service', '_entities'];

const undocumented = (description: string | null | undefined) => !description?.trim();

/**
 * Every place a client's explorer or code generator shows a description, that has none:
 * `Type`, `Type.field`, `Type.field(argument:)`, `Enum.VALUE`, `Input.field`.
 */
function missingDescriptions(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const types = Object.values(schema.getTypeMap()).filter(
    (type: GraphQLNamedType) =>
      !type.name.startsWith('__') &&
      !isFederationType(type.name) &&
      !(isScalarType(type) && isSpecifiedScalarType(type)),
  );
  for (const type of types) {
    if (undocumented(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (type === schema.getQueryType() && FEDERATION_QUERY_FIELDS.includes(field.name))
          continue;
        if (undocumented(field.description)) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args) {
          if (undocumented(arg.description))
            missing.push(`${type.name}.${field.name}(${arg.name}:)`);
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (undocumented(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (undocumented(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing.sort();
}

describe.each(subgraphModules.map((module) => [module.name, module] as const))(
  'the %s subgraph schema',
  (_name, module) => {
    it('describes every type, field, argument, enum value and input field', async () => {
      const { schema } = await module.buildSchema();
      expect(missingDescriptions(schema)).toEqual([]);
    });

    it('points every custom scalar at its specification with @specifiedBy', async () => {
      const { schema, sdl } = await module.buildSchema();
      const customScalars = Object.values(schema.getTypeMap()).filter(
        (type) =>
          isScalarType(type) &&
          !isSpecifiedScalarType(type) &&
          !type.name.startsWith('_') &&
          !isFederationType(type.name),
      );
      expect(customScalars.length).toBeGreaterThan(0);
      for (const scalar of customScalars) {
        expect({ scalar: scalar.name, sdl }).toEqual({
          scalar: scalar.name,
          sdl: expect.stringMatching(
            new RegExp(`scalar ${scalar.name}\\s+@specifiedBy\\(url: "https://[^"]+"\\)`),
          ),
        });
      }
    });
  },
);
