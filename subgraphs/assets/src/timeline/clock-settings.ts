import { z } from 'zod';
import { readConfig } from '../../../../platform/config';
import { isIsoDate, type ClockSettings } from '../clock';

/**
 * The clock settings from the environment, validated once: `COMMUNITY_RIGHT_TO_BUY_COMMENCES_ON`
 * (YYYY-MM-DD) is the day the Community Right to Buy comes into force; unset, it is not in force.
 * The loader derives status periods under these settings and the service computes dates under
 * them, so both must be started with the same value.
 */
export function readClockSettings(env: NodeJS.ProcessEnv = process.env): ClockSettings {
  const config = readConfig(
    {
      // Empty counts as unset, as docker-compose passes an unset variable through.
      COMMUNITY_RIGHT_TO_BUY_COMMENCES_ON: z.preprocess(
        (value) => (value === '' ? undefined : value),
        z.string().refine(isIsoDate, 'must be a date as YYYY-MM-DD').optional(),
      ),
    },
    env,
  );
  return { communityRightToBuyCommencesOn: config.COMMUNITY_RIGHT_TO_BUY_COMMENCES_ON ?? null };
}
