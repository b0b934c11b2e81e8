import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { asConnection, pageOfList, pageRequest, toPage } from '../../../kit/connection';
import { PageArgs } from '../../../kit/page-args';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/source.type';
import { checkContainsFilter } from '../../../kit/text-search';
import { Council } from '../council/council.type';
import type { NeighbourhoodBoardsContext } from '../loaders';
import { MembershipConnection } from '../membership/membership.connection';
import { toMembership } from '../membership/membership.mapper';
import { sourceById } from '../sources';
import { OrganisationConnection } from './organisation.connection';
import { OrganisationFilter, OrganisationOrder } from './organisation.inputs';
import { toOrganisation } from './organisation.mapper';
import { countOrganisations, listOrganisations } from './organisation.repository';
import { Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'One organisation by id; null when there is none.',
  })
  async organisation(
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
    @Arg('id', () => ID) id: string,
  ): Promise<Organisation | null> {
    const row = await loaders.organisationById.load(id);
    return row ? toOrganisation(row) : null;
  }

  @Query(() => OrganisationConnection, {
    description:
      'Community organisations, filtered and ordered, a page at a time (at most 100 per page).',
  })
  async organisations(
    @Ctx() { db }: NeighbourhoodBoardsContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true }) filter?: OrganisationFilter,
    @Arg('orderBy', () => OrganisationOrder, {
      nullable: true,
      description: 'Defaults to name, ascending.',
    })
    orderBy?: OrganisationOrder,
  ): Promise<OrganisationConnection> {
    checkContainsFilter(filter?.nameContains, 'filter.nameContains');
    const request = pageRequest(first, after);
    const rows = await listOrganisations(db, filter, orderBy ?? new OrganisationOrder(), request);
    return asConnection(
      OrganisationConnection,
      toPage(rows.map(toOrganisation), request, () => countOrganisations(db, filter)),
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
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ): Promise<MembershipConnection> {
    const request = pageRequest(first, after);
    const memberships = (await loaders.membershipsByOrganisationId.load(organisation.id)).map(
      toMembership,
    );
    return asConnection(MembershipConnection, pageOfList(memberships, request));
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
