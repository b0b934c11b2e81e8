import { loadAndMap } from '../../../kit/entity/dataloaders';
import { bindCursors } from '../../../kit/list/cursors';
import { MembershipConnection } from '../membership/membership.type';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { listConnection } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import { checkContainsFilter } from '../../../kit/list/text-search';
import { Council } from '../council/council.type';
import type { NeighbourhoodBoardsContext } from '../loaders';
import { OrderDirection } from '../../../kit/list/order-direction.enum';
import { MembershipOrderField } from '../membership/membership.enums';
import { MembershipOrder } from '../membership/membership.inputs';
import { membershipList } from '../membership/membership.sort';
import { sortedListConnection } from '../../../kit/list/sorted-rows';
import { toMembership } from '../membership/membership.mapper';
import { sourceById } from '../sources';
import { OrganisationFilter, OrganisationOrder } from './organisation.inputs';
import { toOrganisation } from './organisation.mapper';
import { countOrganisations, listOrganisations } from './organisation.repository';
import { Organisation, OrganisationConnection } from './organisation.type';

const OLDEST_FIRST = { field: MembershipOrderField.FROM, direction: OrderDirection.ASC };

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation by id; null when there is none.',
  })
  async organisation(
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
    @Arg('id', () => ID, {
      description: 'Slug from the organisations file (e.g. `hartcliffe-city-farm`).',
    })
    id: string,
  ): Promise<Organisation | null> {
    return loadAndMap(loaders.organisationById, id, toOrganisation);
  }

  @Query(() => OrganisationConnection, {
    description:
      'Community organisations, filtered and ordered, a page at a time (at most 100 per page).',
  })
  async organisations(
    @Ctx() { db, scope }: NeighbourhoodBoardsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganisationFilter, {
      nullable: true,
      description: 'Conditions every organisation listed must meet; omit for every organisation.',
    })
    filter?: OrganisationFilter,
    @Arg('orderBy', () => OrganisationOrder, {
      nullable: true,
      description: 'Defaults to name, ascending.',
    })
    orderBy?: OrganisationOrder,
  ): Promise<OrganisationConnection> {
    checkContainsFilter(filter?.nameContains, 'filter.nameContains');
    const order = orderBy ?? new OrganisationOrder();
    return listConnection(
      OrganisationConnection,
      page,
      await bindCursors(scope, 'Query.organisations', [filter], order),
      {
        rows: (request) => listOrganisations(db, filter, order, request),
        count: () => countOrganisations(db, filter),
        map: toOrganisation,
      },
    );
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description: 'The council area it works in (from the councils subgraph).',
  })
  council(@Root() organisation: Organisation): Council | null {
    return organisation.councilId ? { id: organisation.councilId } : null;
  }

  @FieldResolver(() => MembershipConnection, {
    description: 'Seats the organisation holds or has held on Neighbourhood Boards, oldest first.',
  })
  async boardMemberships(
    @Root() organisation: Organisation,
    @Ctx() { loaders, scope }: NeighbourhoodBoardsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => MembershipOrder, {
      nullable: true,
      description: 'Defaults to start, ascending (oldest first).',
    })
    orderBy?: MembershipOrder,
  ): Promise<MembershipConnection> {
    const memberships = (await loaders.membershipsByOrganisationId.load(organisation.id)).map(
      toMembership,
    );
    return sortedListConnection(
      MembershipConnection,
      page,
      scope,
      membershipList(
        'Organisation.boardMemberships',
        [organisation.id],
        memberships,
        orderBy ?? OLDEST_FIRST,
      ),
    );
  }

  @FieldResolver(() => Source, { description: "Where this organisation's record comes from." })
  source(@Root() organisation: Organisation): Source {
    return toSource(sourceById(organisation.sourceId));
  }

  @FieldResolver(() => Provenance, {
    description: "How this organisation's record came to be here.",
  })
  provenance(@Root() organisation: Organisation): Provenance {
    return toProvenance({ loadedAt: organisation.loadedAt });
  }
}
