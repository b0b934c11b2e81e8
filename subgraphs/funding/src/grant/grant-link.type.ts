import { Field, ObjectType } from 'type-graphql';
import { Confidence } from '../../../kit/types/confidence.enum';
import { UrlScalar } from '../../../kit/schema/scalars';
import { Asset } from '../asset/asset.type';

@ObjectType({
  description:
    'A documented link from a grant to the Asset of Community Value it helped buy, from the grant crosswalk: made by a person reading both records, never by a fuzzy match.',
})
export class GrantAssetLink {
  @Field(() => Asset, { nullable: true, description: 'The asset (from the assets subgraph).' })
  asset!: Asset;

  @Field(() => Confidence, { description: 'How sure the link is.' })
  confidence!: Confidence;

  @Field(() => String, { description: 'Why the grant and the asset are the same place.' })
  reason!: string;

  @Field(() => UrlScalar, { nullable: true, description: 'A page that supports the link.' })
  evidenceUrl!: string | null;
}
