// One formatter for the process: making an ICU formatter costs far more than using one, and
// `today()` runs per row on some paths.
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/** Today's date in the UK's calendar (London), as YYYY-MM-DD: the default of every `asOf`. */
export const today = (): string => LONDON_DAY.format(new Date());
