import { moratoriumStage, type IsoDate, type Moratorium } from '../clock';
import type { AssetMoratorium, MoratoriumStage } from './moratorium.type';
import { toStatutoryDate } from './statutory-date.type';

/** A moratorium as the API shows it on `day`: its dates with their rules, and its stage. */
export function toAssetMoratorium(m: Moratorium, day: IsoDate): AssetMoratorium {
  const { stage, daysRemaining } = moratoriumStage(m, day);
  return {
    regime: m.regime,
    stage: stage as MoratoriumStage,
    startsOn: m.startsOn,
    interimEndsOn: toStatutoryDate(m.interimEndsOn),
    fullEndsOn: m.fullEndsOn && toStatutoryDate(m.fullEndsOn),
    endsOn: toStatutoryDate(m.endsOn),
    protectedUntil: toStatutoryDate(m.protectedUntil),
    daysRemaining,
    // A request that was not in time did not trigger anything: it is not this moratorium's.
    bidRequestedOn: m.bidRequestInTime ? m.bidRequestedOn : null,
    rightOfFirstRefusal: m.rightOfFirstRefusal,
    priceBasis: m.priceBasis,
    assumed: m.assumed,
  };
}
