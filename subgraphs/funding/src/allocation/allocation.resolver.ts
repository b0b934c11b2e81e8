import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { listConnection } from '../../../kit/list/connection';
import { loadAndMap } from '../../../kit/entity/dataloaders';
import { PageArgs } from '../../../kit/list/page-args';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import { NeighbourhoodBoard } from '../board/board.type';
import { Council } from '../council/council.type';
import type { FundingContext } from '../loaders';
import { programmeOf } from '../programme/programme.lookup';
import { Programme } from '../programme/programme.type';
import { sourceById } from '../sources';
import { StrategicAuthority } from '../strategic-authority/strategic-authority.type';
import { AllocationFilter, AllocationOrder } from './allocation.inputs';
import { toAllocation } from './allocation.mapper';
import { countAllocations, listAllocations } from './allocation.repository';
import { Allocation, AllocationConnection } from './allocation.type';

@Resolver(() => Allocation)
export class AllocationResolver {
  @Query(() => Allocation, {
    nullable: true,
    description: 'One allocation by id; null when there is none.',
  })
  allocation(
    @Ctx() { loaders }: FundingContext,
    @Arg('id', () => ID, { description: 'Allocation id, e.g. `pipif-ash`.' }) id: string,
  ): Promise<Allocation | null> {
    return loadAndMap(loaders.allocationById, id, toAllocation);
  }

  @Query(() => AllocationConnection, {
    description:
      'Allocations of every programme to councils, strategic authorities and Neighbourhood Boards, filtered and ordered, a page at a time (at most 100 per page).',
  })
  async allocations(
    @Ctx() { db, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AllocationFilter, {
      nullable: true,
      description: 'Conditions every allocation listed must meet; omit for every allocation.',
    })
    filter?: AllocationFilter,
    @Arg('orderBy', () => AllocationOrder, {
      nullable: true,
      description: 'Defaults to id, ascending.',
    })
    orderBy?: AllocationOrder,
  ): Promise<AllocationConnection> {
    const order = orderBy ?? new AllocationOrder();
    return listConnection(
      AllocationConnection,
      page,
      await bindCursors(scope, 'Query.allocations', [filter], order),
      {
        rows: (request) => listAllocations(db, filter, order, request),
        count: () => countAllocations(db, filter),
        map: toAllocation,
      },
    );
  }

  @FieldResolver(() => Programme, {
    nullable: true,
    description: 'The programme the money comes from.',
  })
  programme(
    @Root() allocation: Allocation,
    @Ctx() context: FundingContext,
  ): Promise<Programme | null> {
    return programmeOf(allocation.programmeId, context);
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description:
      "The council the money is for: the recipient, or a board's accountable council (from the councils subgraph).",
  })
  council(@Root() allocation: Allocation): Council | null {
    return allocation.councilId ? { id: allocation.councilId } : null;
  }

  @FieldResolver(() => StrategicAuthority, {
    nullable: true,
    description:
      'The strategic authority the allocation is made to, if any (from the councils subgraph).',
  })
  strategicAuthority(@Root() allocation: Allocation): StrategicAuthority | null {
    return allocation.strategicAuthorityId ? { id: allocation.strategicAuthorityId } : null;
  }

  @FieldResolver(() => NeighbourhoodBoard, {
    nullable: true,
    description:
      'The Neighbourhood Board the allocation is made to, if any (from the neighbourhood-boards subgraph).',
  })
  neighbourhoodBoard(@Root() allocation: Allocation): NeighbourhoodBoard | null {
    return allocation.boardId ? { id: allocation.boardId } : null;
  }

  @FieldResolver(() => Source, { description: "Where this allocation's record comes from." })
  source(@Root() allocation: Allocation): Source {
    return toSource(sourceById(allocation.sourceId));
  }

  @FieldResolver(() => Provenance, { description: "How this allocation's record came to be here." })
  provenance(@Root() allocation: Allocation): Provenance {
    return toProvenance({
      loadedAt: allocation.loadedAt,
      derivation:
        allocation.boardId !== null
          ? "The cap is the programme rule applied to each place of the places file; the programme is read from the place's phase."
          : 'The announcement date is the day the programme named its places (the methodology note), not a date given on the row.',
    });
  }
}
