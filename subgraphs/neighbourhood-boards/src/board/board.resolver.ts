import { loadAndMap } from '../../../kit/entity/dataloaders';
import { bindCursors } from '../../../kit/list/cursors';
import { MembershipConnection } from '../membership/membership.type';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Citation, toCitation } from '../../../kit/types/citation.type';
import { listConnection } from '../../../kit/list/connection';
import { PageArgs } from '../../../kit/list/page-args';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import { checkContainsFilter } from '../../../kit/list/text-search';
import { citedDocument } from '../citations';
import { toBoardStatusChange } from '../board-status/board-status.mapper';
import { BoardStatusChange } from '../board-status/board-status.type';
import { ENTITIES } from '../../../../schema/entities';
import { Council } from '../council/council.type';
import type { NeighbourhoodBoardsContext } from '../loaders';
import { servedOn, toMembership } from '../membership/membership.mapper';
import { today } from '../../../../platform/calendar';
import { BoardRole } from '../membership/membership.enums';
import { Membership } from '../membership/membership.type';
import { MembershipOrder } from '../membership/membership.inputs';
import { membershipList } from '../membership/membership.sort';
import { sortedListConnection } from '../../../kit/list/sorted-rows';
import { toOrganisation } from '../organisation/organisation.mapper';
import { Organisation } from '../organisation/organisation.type';
import { sourceById } from '../sources';
import { NeighbourhoodBoardFilter, NeighbourhoodBoardOrder } from './board.inputs';
import { toBoard } from './board.mapper';
import { countBoards, listBoards } from './board.repository';
import { NeighbourhoodBoard, NeighbourhoodBoardConnection } from './board.type';

const MEMBERSHIP_ORDER_BY = {
  nullable: true,
  description: 'Defaults to seat (chair first), ascending.',
} as const;

@Resolver(() => NeighbourhoodBoard)
export class NeighbourhoodBoardResolver {
  @Query(() => NeighbourhoodBoard, {
    nullable: true,
    description: 'One Neighbourhood Board by id (e.g. `p1-accrington`); null when there is none.',
  })
  async neighbourhoodBoard(
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
    @Arg('id', () => ID, { description: 'Place slug, e.g. `p1-accrington`.' }) id: string,
  ): Promise<NeighbourhoodBoard | null> {
    return loadAndMap(loaders.boardById, id, toBoard);
  }

  @Query(() => NeighbourhoodBoardConnection, {
    description:
      'Every Pride in Place Neighbourhood Board (phase 1, phase 2 and the 2026 expansion), filtered and ordered, a page at a time (at most 100 per page).',
  })
  async neighbourhoodBoards(
    @Ctx() { db, scope }: NeighbourhoodBoardsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => NeighbourhoodBoardFilter, {
      nullable: true,
      description: 'Conditions every board listed must meet; omit for every board.',
    })
    filter?: NeighbourhoodBoardFilter,
    @Arg('orderBy', () => NeighbourhoodBoardOrder, {
      nullable: true,
      description: 'Defaults to place name, ascending.',
    })
    orderBy?: NeighbourhoodBoardOrder,
  ): Promise<NeighbourhoodBoardConnection> {
    checkContainsFilter(filter?.nameContains, 'filter.nameContains');
    const order = orderBy ?? new NeighbourhoodBoardOrder();
    return listConnection(
      NeighbourhoodBoardConnection,
      page,
      await bindCursors(scope, 'Query.neighbourhoodBoards', [filter], order),
      {
        rows: (request) => listBoards(db, filter, order, request),
        count: () => countBoards(db, filter),
        map: toBoard,
      },
    );
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description: ENTITIES.NeighbourhoodBoard.council,
  })
  council(@Root() board: NeighbourhoodBoard): Council {
    return { id: board.councilId };
  }

  @FieldResolver(() => [BoardStatusChange], {
    description:
      'Recorded changes of status and legal form, oldest first. May include a change dated in the future (e.g. a planned handover), which `status` shows only from its day.',
  })
  async statusHistory(
    @Root() board: NeighbourhoodBoard,
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
  ): Promise<BoardStatusChange[]> {
    return (await loaders.statusChangesByBoardId.load(board.id)).map(toBoardStatusChange);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The community-owned body that owns or succeeded the board, once there is one.',
  })
  async communityOwner(
    @Root() board: NeighbourhoodBoard,
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
  ): Promise<Organisation | null> {
    if (!board.ownerOrganisationId) return null;
    return loadAndMap(loaders.organisationById, board.ownerOrganisationId, toOrganisation);
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description:
      'The chair on a day (default today). Null when none is recorded, which is not evidence that the board has no chair: membership lists are not published in bulk, and only contributed lists are loaded.',
  })
  async chair(
    @Root() board: NeighbourhoodBoard,
    @Ctx() { loaders }: NeighbourhoodBoardsContext,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'Day to ask about; default today.',
    })
    asOf?: string,
  ): Promise<Membership | null> {
    const day = asOf ?? today();
    const memberships = (await loaders.membershipsByBoardId.load(board.id)).map(toMembership);
    return memberships.find((m) => m.role === BoardRole.CHAIR && servedOn(m, day)) ?? null;
  }

  @FieldResolver(() => MembershipConnection, {
    description:
      'Who sat on the board on a day (default today): chair first, then vice chair, members and observers. Empty when no membership list has been loaded for the board (see `chair`).',
  })
  async members(
    @Root() board: NeighbourhoodBoard,
    @Ctx() { loaders, scope }: NeighbourhoodBoardsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('asOf', () => LocalDateScalar, {
      nullable: true,
      description: 'Day to ask about; default today.',
    })
    asOf?: string,
    @Arg('orderBy', () => MembershipOrder, MEMBERSHIP_ORDER_BY) orderBy?: MembershipOrder,
  ): Promise<MembershipConnection> {
    const day = asOf ?? today();
    const memberships = (await loaders.membershipsByBoardId.load(board.id))
      .map(toMembership)
      .filter((m) => servedOn(m, day));
    return sortedListConnection(
      MembershipConnection,
      page,
      scope,
      membershipList('NeighbourhoodBoard.members', [board.id, day], memberships, orderBy),
    );
  }

  @FieldResolver(() => MembershipConnection, {
    description: 'Every membership the board has had, past and present, chair first.',
  })
  async membershipHistory(
    @Root() board: NeighbourhoodBoard,
    @Ctx() { loaders, scope }: NeighbourhoodBoardsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('orderBy', () => MembershipOrder, MEMBERSHIP_ORDER_BY) orderBy?: MembershipOrder,
  ): Promise<MembershipConnection> {
    const memberships = (await loaders.membershipsByBoardId.load(board.id)).map(toMembership);
    return sortedListConnection(
      MembershipConnection,
      page,
      scope,
      membershipList('NeighbourhoodBoard.membershipHistory', [board.id], memberships, orderBy),
    );
  }

  @FieldResolver(() => [Citation], {
    description: 'The documents the record relies on (statement, prospectus, compilation...).',
  })
  citations(@Root() board: NeighbourhoodBoard): Citation[] {
    return board.citationIds.map((id) => {
      const document = citedDocument(id);
      if (!document) throw new Error(`Board ${board.id} cites unknown document ${id}`);
      return toCitation(document);
    });
  }

  @FieldResolver(() => Source, { description: "Where this board's record comes from." })
  source(@Root() board: NeighbourhoodBoard): Source {
    return toSource(sourceById(board.sourceId));
  }

  @FieldResolver(() => Provenance, { description: "How this board's record came to be here." })
  provenance(@Root() board: NeighbourhoodBoard): Provenance {
    return toProvenance({
      loadedAt: board.loadedAt,
      derivation:
        'The council of each place is mapped by the data team or taken from a third-party compilation; see `trust.council`.',
    });
  }
}
