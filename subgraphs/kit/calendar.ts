/** Today's date in the UK's calendar (London), as YYYY-MM-DD: the default of every `asOf`. */
export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
