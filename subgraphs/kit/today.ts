/** Today's date in the UK (YYYY-MM-DD), whatever the server's time zone: the default `asOf`. */
export const todayInUk = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
