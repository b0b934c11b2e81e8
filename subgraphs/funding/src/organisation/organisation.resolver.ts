import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../../kit/list/page-args';
import { GrantConnection } from '../grant/grant.type';
import { sortedListConnection } from '../../../kit/list/sorted-rows';
import type { GrantOrder } from '../grant/grant.inputs';
import { grantList } from '../grant/grant.sort';
import { GrantOrderArg } from '../list-args';
import type { FundingContext } from '../loaders';
import { Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationGrantsResolver {
  @FieldResolver(() => GrantConnection, {
    nullable: true,
    description:
      'Grants the grant crosswalk says this organisation received (from the funding subgraph). Empty is not evidence of none: only documented links are listed.',
  })
  async grantsReceived(
    @Root() organisation: Organisation,
    @Ctx() { loaders, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
    @GrantOrderArg() orderBy?: GrantOrder,
  ): Promise<GrantConnection> {
    const rows = await loaders.grantsByOrganisationId.load(organisation.id);
    return sortedListConnection(
      GrantConnection,
      page,
      scope,
      grantList('Organisation.grantsReceived', [organisation.id], rows, orderBy),
    );
  }
}
