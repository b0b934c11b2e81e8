import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { listConnection } from '../../../kit/list/connection';
import { badUserInput } from '../../../../platform/errors/client-errors';
import { loadAndMap } from '../../../kit/entity/dataloaders';
import { exactPounds, POUNDS } from '../../../kit/types/money';
import { PageArgs } from '../../../kit/list/page-args';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import type { FundingContext } from '../loaders';
import { Organisation } from '../organisation/organisation.type';
import { programmeOf } from '../programme/programme.lookup';
import { Programme } from '../programme/programme.type';
import { sourceById } from '../sources';
import { GrantAssetLink } from './grant-link.type';
import { GrantFilter, GrantOrder } from './grant.inputs';
import { toGrant, toGrantAssetLink } from './grant.mapper';
import { countGrants, listGrants } from './grant.repository';
import { Grant, GrantConnection } from './grant.type';

/** `minAmount` as exact pounds, or a client error naming it. */
function checkMinAmount(filter: GrantFilter | undefined): GrantFilter | undefined {
  if (filter?.minAmount == null) return filter;
  if (!POUNDS.test(filter.minAmount.trim()))
    throw badUserInput(
      `\`filter.minAmount\` must be an amount in pounds like "250000" or "1500.50"; got "${filter.minAmount}"`,
      'filter.minAmount',
    );
  return { ...filter, minAmount: exactPounds(filter.minAmount.trim()) };
}

@Resolver(() => Grant)
export class GrantResolver {
  @Query(() => Grant, {
    nullable: true,
    description: 'One grant by its 360Giving identifier; null when there is none.',
  })
  grant(
    @Ctx() { loaders }: FundingContext,
    @Arg('id', () => ID, { description: 'The 360Giving identifier.' }) id: string,
  ): Promise<Grant | null> {
    return loadAndMap(loaders.grantById, id, toGrant);
  }

  @Query(() => GrantConnection, {
    description:
      'Grants (Community Ownership Fund awards and any loaded 360Giving file), filtered and ordered, a page at a time (at most 100 per page).',
  })
  async grants(
    @Ctx() { db, scope }: FundingContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => GrantFilter, {
      nullable: true,
      description: 'Conditions every grant listed must meet; omit for every grant.',
    })
    filter?: GrantFilter,
    @Arg('orderBy', () => GrantOrder, { nullable: true, description: 'Defaults to id, ascending.' })
    orderBy?: GrantOrder,
  ): Promise<GrantConnection> {
    const checked = checkMinAmount(filter);
    const order = orderBy ?? new GrantOrder();
    return listConnection(
      GrantConnection,
      page,
      await bindCursors(scope, 'Query.grants', [checked], order),
      {
        rows: (request) => listGrants(db, checked, order, request),
        count: () => countGrants(db, checked),
        map: toGrant,
      },
    );
  }

  @FieldResolver(() => Programme, {
    nullable: true,
    description:
      'The programme, when the grant belongs to one this API knows (see `programmeTitle`).',
  })
  programme(@Root() grant: Grant, @Ctx() context: FundingContext): Promise<Programme | null> {
    return programmeOf(grant.programmeId, context);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The Organisation that received the grant, where the grant crosswalk links it to one (from the neighbourhood-boards subgraph); null otherwise.',
  })
  async recipient(
    @Root() grant: Grant,
    @Ctx() { loaders }: FundingContext,
  ): Promise<Organisation | null> {
    const link = (await loaders.linksByGrantId.load(grant.id)).find(
      (l) => l.target_type === 'organisation',
    );
    return link ? { id: link.target_id } : null;
  }

  @FieldResolver(() => [GrantAssetLink], {
    description:
      'The Assets of Community Value the grant helped buy, where the grant crosswalk documents the link.',
  })
  async assetLinks(
    @Root() grant: Grant,
    @Ctx() { loaders }: FundingContext,
  ): Promise<GrantAssetLink[]> {
    return (await loaders.linksByGrantId.load(grant.id))
      .filter((l) => l.target_type === 'asset')
      .map(toGrantAssetLink);
  }

  @FieldResolver(() => Source, { description: "Where this grant's record comes from." })
  source(@Root() grant: Grant): Source {
    return toSource(sourceById(grant.sourceId));
  }

  @FieldResolver(() => Provenance, { description: "How this grant's record came to be here." })
  provenance(@Root() grant: Grant): Provenance {
    return toProvenance({ loadedAt: grant.loadedAt });
  }
}
