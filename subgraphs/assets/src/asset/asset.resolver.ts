import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { bindCursors } from '../../../kit/list/cursors';
import { Citation, toCitation } from '../../../kit/types/citation.type';
import { listConnection } from '../../../kit/list/connection';
import { loadAndMap } from '../../../kit/entity/dataloaders';
import { PageArgs } from '../../../kit/list/page-args';
import { LocalDateScalar } from '../../../kit/schema/scalars';
import { Provenance, Source, toProvenance, toSource } from '../../../kit/types/source.type';
import { checkContainsFilter } from '../../../kit/list/text-search';
import { today } from '../../../../platform/calendar';
import { decisionDueOn, listingEndsOn } from '../clock';
import { Council } from '../council/council.type';
import { toAssetEvent } from '../event/event.mapper';
import { AssetEventKind } from '../event/event.enums';
import { AssetEvent } from '../event/event.type';
import type { AssetEventRow } from '../database';
import type { AssetsContext } from '../loaders';
import { sourceById } from '../sources';
import { toAssetMoratorium } from '../timeline/moratorium.mapper';
import { AssetMoratorium } from '../timeline/moratorium.type';
import { StatutoryDate, toStatutoryDate } from '../timeline/statutory-date.type';
import { periodOn } from '../timeline/timeline';
import { timelineOfRow } from '../timeline/derive';
import { AssetFilter, AssetOrder } from './asset.inputs';
import { assetTrust, toAsset } from './asset.mapper';
import { countAssets, listAssets } from './asset.repository';
import {
  Asset,
  AssetConnection,
  AssetStatusOnDay,
  AssetTrust,
  NominatingGroup,
} from './asset.type';
import { checkAssetFilter } from './asset-filter.check';

const AS_OF = {
  nullable: true,
  description: 'The day to answer for (default today): the register as it stood that day.',
} as const;

/** The asset's events up to `day`, oldest first (one loader call per request for the page). */
async function eventsUpTo(asset: Asset, { loaders }: AssetsContext, day: string) {
  return (await loaders.eventsByAssetId.load(asset.id)).filter((e) => e.occurred_on <= day);
}

/** The latest event of the given kinds by `day`, if any. */
const latestOf = (events: AssetEventRow[], kinds: AssetEventKind[]) =>
  events.filter((e) => kinds.includes(e.kind)).pop();

@Resolver(() => Asset)
export class AssetResolver {
  @Query(() => Asset, {
    nullable: true,
    description:
      'One Asset of Community Value by id (e.g. `WHA-ACV-2021-01`); null when there is none.',
  })
  async asset(
    @Ctx() { loaders }: AssetsContext,
    @Arg('id', () => ID, { description: 'Record id, e.g. `WHA-ACV-2021-01`.' }) id: string,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<Asset | null> {
    const day = asOf ?? today();
    return loadAndMap(loaders.assetById, id, (row) => toAsset(row, day));
  }

  @Query(() => AssetConnection, {
    description:
      'Assets of Community Value on the lists on a day (default today), filtered and ordered, a page at a time (at most 100 per page). An asset whose sources give no status by that day is not counted.',
  })
  async assets(
    @Ctx() { db, scope }: AssetsContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AssetFilter, {
      nullable: true,
      description: 'Conditions every asset listed must meet; omit for every asset.',
    })
    filter?: AssetFilter,
    @Arg('orderBy', () => AssetOrder, {
      nullable: true,
      description: 'Defaults to name, ascending.',
    })
    orderBy?: AssetOrder,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetConnection> {
    checkContainsFilter(filter?.nameContains, 'filter.nameContains');
    checkAssetFilter(filter, 'filter');
    const day = asOf ?? today();
    const order = orderBy ?? new AssetOrder();
    return listConnection(
      AssetConnection,
      page,
      await bindCursors(scope, 'Query.assets', [filter, day], order),
      {
        rows: (request) => listAssets(db, filter, order, request, day),
        count: () => countAssets(db, filter, day),
        map: (row) => toAsset(row, day),
      },
    );
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description:
      'The council that holds the list the asset is on: the listing authority, or its successor when that council was abolished (see `successionNote`).',
  })
  council(@Root() asset: Asset): Council {
    return { id: asset.row.council_id };
  }

  @FieldResolver(() => NominatingGroup, {
    nullable: true,
    description: 'The community group that nominated it, when the source names one.',
  })
  nominatingGroup(@Root() asset: Asset): NominatingGroup | null {
    if (!asset.row.nominating_group) return null;
    return {
      name: asset.row.nominating_group,
      organisationId: asset.row.nominating_organisation_id,
    };
  }

  @FieldResolver(() => AssetStatusOnDay, {
    nullable: true,
    description:
      'The status on the day asked about, derived from the events and the statutory clocks; null when the sources say nothing about that day (they are never guessed).',
  })
  async status(
    @Root() asset: Asset,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetStatusOnDay | null> {
    const day = asOf ?? asset.asOf;
    const periods = await context.loaders.periodsByAssetId.load(asset.id);
    const period = periodOn(
      periods.map((p) => ({
        status: p.status,
        qualifier: p.qualifier,
        startsOn: p.starts_on!,
        endsOn: p.ends_on,
        basis: p.basis,
      })),
      day,
    );
    if (!period) return null;
    return {
      status: period.status,
      qualifier: period.qualifier,
      since: period.basis === 'recorded' ? null : period.startsOn,
      knownFrom: period.startsOn,
      basis: period.basis,
    };
  }

  @FieldResolver(() => [AssetEvent], {
    description: 'Dated events up to the day asked about, oldest first.',
  })
  async events(
    @Root() asset: Asset,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetEvent[]> {
    return (await eventsUpTo(asset, context, asOf ?? asset.asOf)).map(toAssetEvent);
  }

  @FieldResolver(() => AssetMoratorium, {
    nullable: true,
    description:
      'The moratorium of the latest notice of intended disposal by the day asked about, with its stage that day; null when no notice is recorded.',
  })
  async moratorium(
    @Root() asset: Asset,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<AssetMoratorium | null> {
    const day = asOf ?? asset.asOf;
    const events = (await eventsUpTo(asset, context, day)).map((e) => ({
      kind: e.kind,
      occurredOn: e.occurred_on,
    }));
    const latest = timelineOfRow(asset.row, events, context.settings).moratoria.pop();
    return latest ? toAssetMoratorium(latest, day) : null;
  }

  @FieldResolver(() => StatutoryDate, {
    nullable: true,
    description:
      'The last day of the latest listing by the day asked about (five years beginning with the day of entry, s.87(3)), or the end the source states when it gives no entry date; null when neither is known.',
  })
  async listingExpiresOn(
    @Root() asset: Asset,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<StatutoryDate | null> {
    const events = await eventsUpTo(asset, context, asOf ?? asset.asOf);
    const listing = latestOf(events, [AssetEventKind.LISTED, AssetEventKind.RELISTED]);
    if (listing) return toStatutoryDate(listingEndsOn(listing.occurred_on, context.settings));
    if (asset.row.listing_ends_in_source)
      return {
        date: asset.row.listing_ends_in_source,
        rule: 'As stated by the source (it gives no date of entry to compute it from)',
      };
    return null;
  }

  @FieldResolver(() => StatutoryDate, {
    nullable: true,
    description:
      'The last day for the council to decide the latest nomination (8 weeks, SI 2012/2421 reg 7); null when no nomination date is known.',
  })
  async decisionDueOn(
    @Root() asset: Asset,
    @Ctx() context: AssetsContext,
    @Arg('asOf', () => LocalDateScalar, AS_OF) asOf?: string,
  ): Promise<StatutoryDate | null> {
    const events = await eventsUpTo(asset, context, asOf ?? asset.asOf);
    const nomination = latestOf(events, [AssetEventKind.NOMINATED]);
    return nomination
      ? toStatutoryDate(decisionDueOn(nomination.occurred_on, context.settings))
      : null;
  }

  @FieldResolver(() => AssetTrust, { description: 'How far each fact can be trusted.' })
  async trust(@Root() asset: Asset, @Ctx() { loaders }: AssetsContext): Promise<AssetTrust> {
    const citation = asset.row.citation_id
      ? await loaders.citationById.load(asset.row.citation_id)
      : null;
    return assetTrust(asset.row, citation);
  }

  @FieldResolver(() => [Citation], {
    description: 'The page the record was read on (to check it), when the source names one.',
  })
  async citations(@Root() asset: Asset, @Ctx() { loaders }: AssetsContext): Promise<Citation[]> {
    if (!asset.row.citation_id) return [];
    const row = await loaders.citationById.load(asset.row.citation_id);
    if (!row) throw new Error(`Asset ${asset.id} cites unknown document ${asset.row.citation_id}`);
    return [toCitation({ ...row, note: row.note ?? undefined })];
  }

  @FieldResolver(() => Source, { description: "Where this asset's record comes from." })
  source(@Root() asset: Asset): Source {
    return toSource(sourceById(asset.row.source_id));
  }

  @FieldResolver(() => Provenance, { description: "How this asset's record came to be here." })
  provenance(@Root() asset: Asset): Provenance {
    return toProvenance({
      loadedAt: asset.row.valid_from,
      derivation:
        'Status, moratoria and statutory dates are derived from the dated events by the rules of the Localism Act 2011 and SI 2012/2421; the category may be read off the name (`categoryInferred`).',
    });
  }
}
