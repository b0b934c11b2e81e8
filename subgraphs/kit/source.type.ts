import { Directive, Field, ObjectType } from 'type-graphql';
import type { SourceDescriptor } from './source';

@Directive('@shareable')
@ObjectType({
  description:
    'Where a record came from: cite it, and honour its licence when you re-use the data. `derivation` says when we inferred or computed a value rather than copying it.',
})
export class Source {
  @Field(() => String, { description: 'Stable id of the source in this API (e.g. `S-MYSOC-LA`).' })
  id!: string;

  @Field(() => String, { description: 'Name of the dataset.' })
  dataset!: string;

  @Field(() => String, { description: 'Who publishes the dataset.' })
  publisher!: string;

  @Field(() => String, { description: 'Page describing the dataset.' })
  url!: string;

  @Field(() => String, { description: 'Licence identifier (e.g. `CC-BY-4.0`, `OGL-UK-3.0`).' })
  licence!: string;

  @Field(() => String, { description: 'Where the licence text is.' })
  licenceUrl!: string;

  @Field(() => String, { description: 'Attribution statement to show with the data.' })
  attribution!: string;

  @Field(() => String, { description: 'Version or date of the copy loaded.' })
  version!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When this API last loaded the file (ISO 8601), if known.',
  })
  loadedAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Set when a value was inferred or computed by us rather than read from the source; says how.',
  })
  derivation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Caveats to read before relying on the data.',
  })
  caveats?: string | null;
}

export function toSource(
  descriptor: SourceDescriptor,
  extra: { loadedAt?: Date | string | null; derivation?: string | null } = {},
): Source {
  const loadedAt =
    extra.loadedAt instanceof Date ? extra.loadedAt.toISOString() : (extra.loadedAt ?? null);
  return {
    id: descriptor.id,
    dataset: descriptor.dataset,
    publisher: descriptor.publisher,
    url: descriptor.url,
    licence: descriptor.licence,
    licenceUrl: descriptor.licenceUrl,
    attribution: descriptor.attribution,
    version: descriptor.version,
    loadedAt,
    derivation: extra.derivation ?? null,
    caveats: descriptor.caveats ?? null,
  };
}
