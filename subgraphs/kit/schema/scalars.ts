import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';

/**
 * A calendar day, `YYYY-MM-DD`: graphql-scalars' `LocalDate` (same parsing, checks and error
 * messages, e.g. "Value is not a valid LocalDate: 2025-02-30"), with a description of our own and
 * `@specifiedBy` pointing at RFC 3339's `full-date`, so generated clients and the explorer know
 * the format.
 */
export const LocalDateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  description:
    'A calendar day with no time or time zone, as `YYYY-MM-DD` (RFC 3339 `full-date`), e.g. `2025-03-04`. Impossible days such as `2025-02-30` are refused.',
  specifiedByURL: 'https://tools.ietf.org/html/rfc3339#section-5.6',
});

/** The value itself when it is a string holding an absolute URL; otherwise an error saying so. */
function absoluteUrl(value: unknown, nodes?: ValueNode): string {
  if (typeof value !== 'string') {
    throw new GraphQLError(`URL must be a string; got ${typeof value}`, { nodes });
  }
  if (!URL.canParse(value)) {
    throw new GraphQLError(`Value is not an absolute URL: ${value}`, { nodes });
  }
  return value;
}

/**
 * An absolute URL. Unlike graphql-scalars' `URL`, which answers `new URL(value).toString()` (and
 * so adds a trailing slash or re-encodes characters), this one checks that the stored value is an
 * absolute URL and answers it exactly as stored.
 */
export const UrlScalar = new GraphQLScalarType<string, string>({
  name: 'URL',
  description:
    'An absolute URL (RFC 3986), e.g. `https://www.gov.uk/`, given as a string exactly as the source records it.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3986',
  serialize: (value) => absoluteUrl(value),
  parseValue: (value) => absoluteUrl(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError(`URL must be a string; got ${ast.kind}`, { nodes: ast });
    }
    return absoluteUrl(ast.value, ast);
  },
  extensions: { codegenScalarType: 'string', jsonSchema: { type: 'string', format: 'uri' } },
});

/**
 * A GeoJSON Feature (RFC 7946) as a JSON object: graphql-scalars' `JSONObject`, named and
 * described for what it holds, with `@specifiedBy` pointing at the RFC, so map clients know.
 */
export const GeoJSONFeatureScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  name: 'GeoJSONFeature',
  description:
    'A GeoJSON Feature (RFC 7946) as a JSON object: `{ "type": "Feature", "id", "geometry", "properties" }`, WGS84 longitude/latitude.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc7946',
});

/**
 * A JSON object (RFC 8259): graphql-scalars' `JSONObject`, with `@specifiedBy` pointing at the
 * RFC, for values whose keys vary (a change's `before` and `after`).
 */
export const JsonObjectScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description:
    'A JSON object (RFC 8259), e.g. `{ "status": "LISTED", "startsOn": "2025-03-04" }`: its keys are described by the field that returns it.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc8259',
});
