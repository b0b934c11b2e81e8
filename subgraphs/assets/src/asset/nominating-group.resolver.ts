import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Organisation } from '../organisation/organisation.type';
import { NominatingGroup } from './asset.type';

@Resolver(() => NominatingGroup)
export class NominatingGroupResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The group as an `Organisation` (neighbourhood-boards subgraph), when the source identifies it; never matched by name.',
  })
  organisation(@Root() group: NominatingGroup): Organisation | null {
    return group.organisationId ? { id: group.organisationId } : null;
  }
}
