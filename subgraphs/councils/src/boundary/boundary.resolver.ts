import { Arg, Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../../../platform/errors/client-errors';
import { GeoJSONFeatureScalar } from '../../../kit/schema/scalars';
import { Council } from '../council/council.type';
import type { CouncilsContext } from '../loaders';
import { sourceById } from '../sources';
import { toBoundaryFeature } from './boundary.mapper';

/** The most a boundary may be simplified, in metres: beyond it a district is a triangle. */
export const MAX_SIMPLIFY_METRES = 10_000;

@Resolver(() => Council)
export class CouncilBoundaryResolver {
  @FieldResolver(() => GeoJSONFeatureScalar, {
    nullable: true,
    description:
      "The council's area as a GeoJSON Feature (RFC 7946: WGS84 longitude/latitude, exterior rings anticlockwise), from the ONS ultra generalised boundaries (500 m, clipped to the coast), with its edition, source and licence in `properties`. Districts and unitaries from the LAD May 2024 file, county councils from the CTYUA December 2024 file; null for a council with no area in them (former councils, combined authorities).",
  })
  async boundary(
    @Root() council: Council,
    @Ctx() { loaders }: CouncilsContext,
    @Arg('simplify', () => Float, {
      nullable: true,
      description: `Simplify the lines to this tolerance in metres (0 to ${MAX_SIMPLIFY_METRES}; Douglas-Peucker), for a lighter map; omit for the lines as published.`,
    })
    simplify?: number,
  ): Promise<Record<string, unknown> | null> {
    if (simplify !== undefined && !(simplify >= 0 && simplify <= MAX_SIMPLIFY_METRES))
      throw badUserInput(
        `\`simplify\` must be between 0 and ${MAX_SIMPLIFY_METRES} metres; got ${simplify}`,
        'simplify',
      );
    const row = await loaders.boundaryByCouncilId.load(council.id);
    return row ? { ...toBoundaryFeature(row, sourceById(row.source_id), simplify ?? null) } : null;
  }
}
