import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { connectionOfList } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { toGrant } from '../grant/grant.mapper';
import { GrantConnection } from '../grant/grant.type';
import type { FundingContext } from '../loaders';
import { Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationGrantsResolver {
  @FieldResolver(() => GrantConnection, {
    nullable: true,
    description:
      'Grants the grant crosswalk says this organisation received, by identifier (from the funding subgraph). Empty is not evidence of none: only documented links are listed.',
  })
  async grantsReceived(
    @Root() organisation: Organisation,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
  ): Promise<GrantConnection> {
    const grants = (await loaders.grantsByOrganisationId.load(organisation.id)).map(toGrant);
    return connectionOfList(
      GrantConnection,
      page,
      await bindCursors(scope, 'Organisation.grantsReceived', [organisation.id]),
      grants,
    );
  }
}
