import { Directive, Field, ObjectType } from 'type-graphql';
import { UrlScalar } from '../schema/scalars';
import type { SourceDescriptor } from './source';

@Directive('@shareable')
@ObjectType({
  description:
    "A dataset this API loads: cite it, and honour its licence when you re-use the data. The same `id` always describes the same dataset, so clients may cache it by id; what concerns one record (when it was loaded, what we derived) is in that record's `provenance`.",
})
export class Source {
  @Field(() => String, { description: 'Stable id of the source in this API (e.g. `S-MYSOC-LA`).' })
  id!: string;

  @Field(() => String, { description: 'Name of the dataset.' })
  dataset!: string;

  @Field(() => String, { description: 'Who publishes the dataset.' })
  publisher!: string;

  @Field(() => String, {
    description:
      "Page describing the dataset: a web address, or for the file formats this project defines, a path in this project's repository (e.g. `docs/data-formats.md#members`). A string rather than a `URL` for that reason.",
  })
  url!: string;

  @Field(() => String, { description: 'Licence identifier (e.g. `CC-BY-4.0`, `OGL-UK-3.0`).' })
  licence!: string;

  @Field(() => UrlScalar, { description: 'Where the licence text is.' })
  licenceUrl!: string;

  @Field(() => String, { description: 'Attribution statement to show with the data.' })
  attribution!: string;

  @Field(() => String, { description: 'Version or date of the copy loaded.' })
  version!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Caveats to read before relying on the data.',
  })
  caveats?: string | null;
}

export function toSource(descriptor: SourceDescriptor): Source {
  return {
    id: descriptor.id,
    dataset: descriptor.dataset,
    publisher: descriptor.publisher,
    url: descriptor.url,
    licence: descriptor.licence,
    licenceUrl: descriptor.licenceUrl,
    attribution: descriptor.attribution,
    version: descriptor.version,
    caveats: descriptor.caveats ?? null,
  };
}

@Directive('@shareable')
@ObjectType({
  description:
    'How one record came to be in this API: when it was loaded, and what we inferred or computed rather than copied. It has no `id` on purpose: it belongs to its record and is never shared with another.',
})
export class Provenance {
  @Field(() => String, {
    nullable: true,
    description: 'When this API last loaded or changed this record (ISO 8601), if known.',
  })
  loadedAt?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Set when a value was inferred or computed by us rather than read from the source; says how.',
  })
  derivation?: string | null;
}

export function toProvenance(
  record: { loadedAt?: Date | string | null; derivation?: string | null } = {},
): Provenance {
  return {
    loadedAt:
      record.loadedAt instanceof Date ? record.loadedAt.toISOString() : (record.loadedAt ?? null),
    derivation: record.derivation ?? null,
  };
}
