import { Directive, Field, ObjectType } from 'type-graphql';
import { LocalDateScalar, UrlScalar } from '../schema/scalars';

/**
 * A document that a compiled record relies on (a written statement, a prospectus, a council
 * page). Unlike a `SourceDescriptor` it is not a file we load: it is what a researcher reads to
 * check the fact.
 */
export interface CitedDocument {
  /** The id used in the data files' `source_ids` columns (e.g. `S-PFN-STATEMENT`). */
  id: string;
  title: string;
  publisher: string;
  url: string;
  licence: string;
  /** Publication date (YYYY-MM-DD) where known. */
  published?: string;
  /** What the document says that matters here. */
  note?: string;
}

@Directive('@shareable')
@ObjectType({
  description:
    'A document a record relies on: what to read to check it. Ids match the `source_ids` of the open-data files.',
})
export class Citation {
  @Field(() => String, { description: 'Stable id (e.g. `S-PFN-STATEMENT`).' })
  id!: string;

  @Field(() => String, { description: 'Title of the document.' })
  title!: string;

  @Field(() => String, { description: 'Who published it.' })
  publisher!: string;

  @Field(() => UrlScalar, { description: 'Where to read it.' })
  url!: string;

  @Field(() => String, { description: 'Licence the document is published under.' })
  licence!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Publication date, if known.' })
  published?: string | null;

  @Field(() => String, { nullable: true, description: 'What in the document matters here.' })
  note?: string | null;
}

export const toCitation = (document: CitedDocument): Citation => ({
  ...document,
  published: document.published ?? null,
  note: document.note ?? null,
});
