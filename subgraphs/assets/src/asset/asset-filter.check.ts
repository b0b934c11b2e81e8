import { badUserInput } from '../../../../platform/errors/client-errors';
import type { AssetFilter } from './asset.inputs';

/** The largest circle `near` may draw: beyond it a page is no longer quick. */
export const MAX_KM = 50;

/** Rejects a `near` circle that is not on Earth or is too large to answer quickly. */
export function checkAssetFilter(filter: AssetFilter | undefined, argument: string): void {
  const near = filter?.near;
  if (!near) return;
  if (!(near.km > 0 && near.km <= MAX_KM))
    throw badUserInput(
      `\`${argument}.near.km\` must be more than 0 and at most ${MAX_KM}; got ${near.km}`,
      `${argument}.near.km`,
    );
  if (Math.abs(near.latitude) > 90)
    throw badUserInput(
      `\`${argument}.near.latitude\` must be between -90 and 90; got ${near.latitude}`,
      `${argument}.near.latitude`,
    );
  if (Math.abs(near.longitude) > 180)
    throw badUserInput(
      `\`${argument}.near.longitude\` must be between -180 and 180; got ${near.longitude}`,
      `${argument}.near.longitude`,
    );
}
