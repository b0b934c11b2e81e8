import {
  ACV_SCHEME_COMMENCED_ON,
  COMMUNITY_RIGHT_TO_BUY_PERIODS,
  addDays,
  compensationClaimDeadline,
  daysBetween,
  decisionDueOn,
  fromDayNumber,
  isIsoDate,
  lastDayOfMonthsBeginningWith,
  lastDayOfWeeksAfter,
  lastDayOfWeeksBeginningWith,
  lastDayOfYearsBeginningWith,
  listingEndsOn,
  listingExpiresOn,
  moratorium,
  moratoriumStage,
  Regime,
  regimeOn,
  reviewDecisionDueOn,
  reviewRequestDeadline,
  toDayNumber,
  type ClockSettings,
} from '../../subgraphs/assets/src/clock';

const notInForce: ClockSettings = { communityRightToBuyCommencesOn: null };
const commencing = (day: string): ClockSettings => ({ communityRightToBuyCommencesOn: day });

describe('calendar', () => {
  it('round-trips day numbers against an independent UTC oracle, 1900–2100', () => {
    for (let n = toDayNumber('1900-01-01'); n <= toDayNumber('2100-12-31'); n += 1) {
      const oracle = new Date(n * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(n)).toBe(oracle);
    }
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber(fromDayNumber(-1))).toBe(-1);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('2024-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
    expect(() => listingEndsOn('19/05/2021')).toThrow(RangeError);
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('counts weeks "beginning with" a day including it, and "after" a day excluding it', () => {
    expect(lastDayOfWeeksBeginningWith('2024-01-01', 6)).toBe('2024-02-11');
    expect(lastDayOfWeeksBeginningWith('2024-01-01', 1)).toBe('2024-01-07');
    expect(lastDayOfWeeksAfter('2024-01-01', 1)).toBe('2024-01-08');
  });

  it('ends a month period the day before the corresponding date', () => {
    expect(lastDayOfMonthsBeginningWith('2024-01-15', 1)).toBe('2024-02-14');
    expect(lastDayOfMonthsBeginningWith('2023-03-01', 1)).toBe('2023-03-31');
    expect(lastDayOfMonthsBeginningWith('2024-01-01', 6)).toBe('2024-06-30');
    expect(lastDayOfMonthsBeginningWith('2023-12-01', 3)).toBe('2024-02-29');
    expect(lastDayOfYearsBeginningWith('2021-05-19', 5)).toBe('2026-05-18');
  });

  it('ends at the end of the target month when the corresponding date does not exist', () => {
    // 31 Jan + months: no 31 Feb / 31 Apr / 31 Jun; 31 Mar exists.
    expect(lastDayOfMonthsBeginningWith('2023-01-31', 1)).toBe('2023-02-28');
    expect(lastDayOfMonthsBeginningWith('2024-01-31', 1)).toBe('2024-02-29');
    expect(lastDayOfMonthsBeginningWith('2024-01-31', 2)).toBe('2024-03-30');
    expect(lastDayOfMonthsBeginningWith('2024-01-31', 3)).toBe('2024-04-30');
    expect(lastDayOfMonthsBeginningWith('2024-01-31', 5)).toBe('2024-06-30');
    // 30 Jan and 29 Jan in a common year also reach the end of February; 28 Jan stops a day short.
    expect(lastDayOfMonthsBeginningWith('2023-01-30', 1)).toBe('2023-02-28');
    expect(lastDayOfMonthsBeginningWith('2023-01-29', 1)).toBe('2023-02-28');
    expect(lastDayOfMonthsBeginningWith('2023-01-28', 1)).toBe('2023-02-27');
    // 31 Aug + 6 months: end of February, leap or not.
    expect(lastDayOfMonthsBeginningWith('2023-08-31', 6)).toBe('2024-02-29');
    expect(lastDayOfMonthsBeginningWith('2024-08-31', 6)).toBe('2025-02-28');
    expect(lastDayOfMonthsBeginningWith('2023-08-30', 6)).toBe('2024-02-29');
    expect(lastDayOfMonthsBeginningWith('2023-08-29', 6)).toBe('2024-02-28');
  });

  it('handles leap days', () => {
    expect(lastDayOfYearsBeginningWith('2020-02-29', 5)).toBe('2025-02-28');
    expect(lastDayOfYearsBeginningWith('2020-02-29', 4)).toBe('2024-02-28');
    expect(lastDayOfYearsBeginningWith('2020-02-28', 5)).toBe('2025-02-27');
    expect(lastDayOfYearsBeginningWith('2020-03-01', 5)).toBe('2025-02-28');
    expect(lastDayOfMonthsBeginningWith('2024-02-29', 12)).toBe('2025-02-28');
    expect(lastDayOfMonthsBeginningWith('2024-02-29', 6)).toBe('2024-08-28');
  });

  it('never moves a period end backwards when the start moves forwards', () => {
    for (const months of [1, 6, 12, 18, 60]) {
      let previous = lastDayOfMonthsBeginningWith('2019-12-31', months);
      for (let n = toDayNumber('2020-01-01'); n <= toDayNumber('2025-12-31'); n += 1) {
        const end = lastDayOfMonthsBeginningWith(fromDayNumber(n), months);
        expect(daysBetween(previous, end)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(previous, end)).toBeLessThanOrEqual(4);
        previous = end;
      }
    }
  });
});

describe('regime', () => {
  it('is the Localism Act while the Community Right to Buy has no commencement date', () => {
    expect(regimeOn('2030-01-01', notInForce)).toBe(Regime.LOCALISM_ACT_2011);
  });

  it('switches on the commencement day itself, not the day before', () => {
    const settings = commencing('2026-04-01');
    expect(regimeOn('2026-03-31', settings)).toBe(Regime.LOCALISM_ACT_2011);
    expect(regimeOn('2026-04-01', settings)).toBe(Regime.COMMUNITY_RIGHT_TO_BUY);
    expect(regimeOn('2027-01-01', settings)).toBe(Regime.COMMUNITY_RIGHT_TO_BUY);
  });

  it('rejects a commencement date that is not a date', () => {
    expect(() => regimeOn('2026-01-01', commencing('2026-02-30'))).toThrow(RangeError);
  });

  it('records when the ACV scheme itself began', () => {
    expect(ACV_SCHEME_COMMENCED_ON).toBe('2012-09-21');
  });
});

describe('listing rules', () => {
  it('decision due 8 weeks after the nomination was received (reg 7)', () => {
    const due = decisionDueOn('2024-01-01');
    expect(due.date).toBe('2024-02-26');
    expect(due.rule).toMatch(/reg 7/);
  });

  it('listing ends the day before the fifth anniversary (s.87(3))', () => {
    const ends = listingEndsOn('2024-06-14');
    expect(ends).toEqual({
      date: '2029-06-13',
      rule: expect.stringMatching(/Localism Act 2011 s\.87\(3\): 5 years beginning with/),
    });
    expect(listingExpiresOn('2024-06-14')).toEqual(ends);
  });

  it('a listing made on 29 Feb ends on 28 Feb five years on', () => {
    expect(listingEndsOn('2020-02-29').date).toBe('2025-02-28');
    expect(listingEndsOn('2024-02-29').date).toBe('2029-02-28');
  });

  it('review request: last day is 8 weeks beginning with the day notice of listing was given', () => {
    const deadline = reviewRequestDeadline('2024-01-01');
    expect(deadline.date).toBe('2024-02-25');
    expect(deadline.rule).toMatch(/Sch\. 2 para 1/);
    expect(reviewRequestDeadline('2024-01-01', notInForce, '2024-03-31')).toEqual({
      date: '2024-03-31',
      rule: expect.stringMatching(/longer period allowed in writing/),
    });
    // A "longer" period that is shorter changes nothing.
    expect(reviewRequestDeadline('2024-01-01', notInForce, '2024-02-01').date).toBe('2024-02-25');
  });

  it('review decision: 8 weeks beginning with the day the request was received, or longer if agreed', () => {
    expect(reviewDecisionDueOn('2024-02-29').date).toBe('2024-04-24');
    expect(reviewDecisionDueOn('2024-02-29', notInForce, '2024-06-01')).toEqual({
      date: '2024-06-01',
      rule: expect.stringMatching(/agreed in writing/),
    });
  });

  it('compensation claim: last day is 13 weeks after the loss was incurred (reg 14(5)(b))', () => {
    const deadline = compensationClaimDeadline('2024-01-01');
    expect(deadline.date).toBe('2024-04-01');
    expect(deadline.rule).toMatch(/reg 14\(5\)\(b\)/);
  });

  it('says when a listing-side period is assumed to carry over to the Community Right to Buy', () => {
    const settings = commencing('2026-04-01');
    expect(listingEndsOn('2026-03-31', settings).rule).not.toMatch(/ASSUMED/);
    expect(listingEndsOn('2026-04-01', settings)).toEqual({
      date: '2031-03-31',
      rule: expect.stringMatching(/s\.87\(3\).*Community Right to Buy in force: period ASSUMED/),
    });
    expect(decisionDueOn('2026-04-01', settings).rule).toMatch(/ASSUMED/);
  });
});

describe('real records (assets_of_community_value.csv)', () => {
  it.each([
    // record_id, date_listed, listing_expiry_date as published or computed by the compiler
    ['WHA-ACV-2021-01 Chequers Inn', '2021-05-19', '2026-05-18'],
    ['SCA-ACV-H-01 The Black Bull', '2020-03-17', '2025-03-16'],
    ['NYE-ACV-H-01 Henry Jenkins public house', '2017-06-29', '2022-06-28'],
    ['BAS-ACV-H-05 The Pack Horse Inn', '2013-02-04', '2018-02-03'],
    ['HIG-ACV-H-01 Hayfield Library', '2024-06-14', '2029-06-13'],
  ])('%s listed %s ends %s', (_record, listedOn, expiry) => {
    expect(listingEndsOn(listedOn).date).toBe(expiry);
  });

  it.each([
    // record_id, nomination_date, decision_date: Bath & NE Somerset decided on the last day
    ['BAS-ACV-H-02 Waldegrave Arms', '2017-05-02', '2017-06-27'],
    ['BAS-ACV-H-03 The Lamb Inn', '2014-08-01', '2014-09-26'],
    ['BAS-ACV-H-04 High Littleton Methodist Church', '2016-04-20', '2016-06-15'],
    ['BAS-ACV-H-05 The Pack Horse Inn', '2012-12-10', '2013-02-04'],
  ])('%s nominated %s, decided on the due date %s', (_record, nominatedOn, decidedOn) => {
    expect(decisionDueOn(nominatedOn).date).toBe(decidedOn);
  });

  it('HUN-ACV-H-01 The Fox: interim moratorium from 2013-08-09 ends 2013-09-19', () => {
    // acv_events.csv: "six-week interim moratorium started from listing date" 2013-08-09.
    const m = moratorium({ notifiedOn: '2013-08-09' }, notInForce);
    expect(m.interimEndsOn.date).toBe('2013-09-19');
    expect(m.protectedUntil.date).toBe('2015-02-08');
  });
});

describe('moratorium under the Localism Act 2011', () => {
  const notifiedOn = '2024-01-01';

  it('without a bid request: interim only, then the protected period', () => {
    const m = moratorium({ notifiedOn }, notInForce);
    expect(m.regime).toBe(Regime.LOCALISM_ACT_2011);
    expect(m.startsOn).toBe(notifiedOn);
    expect(m.interimEndsOn).toEqual({
      date: '2024-02-11',
      rule: expect.stringMatching(
        /Localism Act 2011 s\.95\(6\)\(a\): interim moratorium period, 6 weeks/,
      ),
    });
    expect(m.fullEndsOn).toBeNull();
    expect(m.endsOn).toEqual(m.interimEndsOn);
    expect(m.protectedUntil).toEqual({
      date: '2025-06-30',
      rule: expect.stringMatching(/s\.95\(6\)\(c\): protected period, 18 months/),
    });
    expect(m.rightOfFirstRefusal).toBe(false);
    expect(m.priceBasis).toBeNull();
    expect(m.assumed).toBe(false);
  });

  it('a request on the last interim day triggers the 6-month full moratorium', () => {
    const m = moratorium({ notifiedOn, bidRequestedOn: '2024-02-11' }, notInForce);
    expect(m.bidRequestInTime).toBe(true);
    expect(m.fullEndsOn).toEqual({
      date: '2024-06-30',
      rule: expect.stringMatching(/s\.95\(6\)\(b\): full moratorium period, 6 months/),
    });
    expect(m.endsOn).toEqual(m.fullEndsOn);
  });

  it('a request the day after the interim period does not', () => {
    const m = moratorium({ notifiedOn, bidRequestedOn: '2024-02-12' }, notInForce);
    expect(m.bidRequestInTime).toBe(false);
    expect(m.fullEndsOn).toBeNull();
    expect(m.endsOn.date).toBe('2024-02-11');
  });

  it('a request on the notice day counts; one before the notice does not', () => {
    expect(
      moratorium({ notifiedOn, bidRequestedOn: notifiedOn }, notInForce).bidRequestInTime,
    ).toBe(true);
    expect(
      moratorium({ notifiedOn, bidRequestedOn: '2023-12-31' }, notInForce).fullEndsOn,
    ).toBeNull();
  });

  it('sports grounds have no rules of their own under the Localism Act', () => {
    const plain = moratorium({ notifiedOn, bidRequestedOn: '2024-01-10' }, notInForce);
    const ground = moratorium(
      { notifiedOn, bidRequestedOn: '2024-01-10', sportsGround: true },
      notInForce,
    );
    expect({ ...ground, sportsGround: false }).toEqual(plain);
  });

  it('month ends: notice on 31 Aug', () => {
    const m = moratorium({ notifiedOn: '2023-08-31', bidRequestedOn: '2023-09-01' }, notInForce);
    expect(m.interimEndsOn.date).toBe('2023-10-11');
    expect(m.fullEndsOn?.date).toBe('2024-02-29');
    expect(m.protectedUntil.date).toBe('2025-02-28');
  });

  it('leap days: notice on 29 Feb 2024', () => {
    const m = moratorium({ notifiedOn: '2024-02-29', bidRequestedOn: '2024-04-10' }, notInForce);
    expect(m.interimEndsOn.date).toBe('2024-04-10');
    expect(m.fullEndsOn?.date).toBe('2024-08-28');
    expect(m.protectedUntil.date).toBe('2025-08-28');
  });
});

describe('moratorium under the Community Right to Buy', () => {
  const settings = commencing('2026-04-01');

  it('a notice the day before commencement runs under the Localism Act', () => {
    const m = moratorium({ notifiedOn: '2026-03-31', bidRequestedOn: '2026-04-01' }, settings);
    expect(m.regime).toBe(Regime.LOCALISM_ACT_2011);
    expect(m.fullEndsOn?.date).toBe('2026-09-30');
    expect(m.rightOfFirstRefusal).toBe(false);
  });

  it('a notice on the commencement day runs under the Community Right to Buy: 12 months, first refusal, valuer', () => {
    const m = moratorium({ notifiedOn: '2026-04-01', bidRequestedOn: '2026-05-12' }, settings);
    expect(m.regime).toBe(Regime.COMMUNITY_RIGHT_TO_BUY);
    expect(m.interimEndsOn.date).toBe('2026-05-12');
    expect(m.fullEndsOn).toEqual({
      date: '2027-03-31',
      rule: expect.stringMatching(/Community Right to Buy.*12 months/),
    });
    expect(m.protectedUntil.date).toBe('2027-09-30');
    expect(m.rightOfFirstRefusal).toBe(true);
    expect(m.priceBasis).toMatch(/independent valuer at market value/);
    expect(m.assumed).toBe(true);
  });

  it('commencement set before, after, or not at all', () => {
    const input = { notifiedOn: '2026-06-15', bidRequestedOn: '2026-06-20' };
    expect(moratorium(input, commencing('2026-01-01')).fullEndsOn?.date).toBe('2027-06-14');
    expect(moratorium(input, commencing('2027-01-01')).fullEndsOn?.date).toBe('2026-12-14');
    expect(moratorium(input, notInForce).fullEndsOn?.date).toBe('2026-12-14');
  });

  it('the 12-month moratorium from 29 Feb 2024 ends on 28 Feb 2025', () => {
    const m = moratorium(
      { notifiedOn: '2024-02-29', bidRequestedOn: '2024-03-01' },
      commencing('2024-01-01'),
    );
    expect(m.fullEndsOn?.date).toBe('2025-02-28');
  });

  it('sports grounds use their own (for now identical, assumed) table and say so', () => {
    const m = moratorium(
      { notifiedOn: '2026-04-01', bidRequestedOn: '2026-04-02', sportsGround: true },
      settings,
    );
    expect(m.sportsGround).toBe(true);
    expect(m.fullEndsOn?.date).toBe('2027-03-31');
    expect(m.fullEndsOn?.rule).toMatch(/sports ground: ASSUMED/);
    expect(COMMUNITY_RIGHT_TO_BUY_PERIODS.fullMoratorium).toMatchObject({
      amount: 12,
      unit: 'months',
    });
  });
});

describe('moratoriumStage', () => {
  const withBid = moratorium(
    { notifiedOn: '2024-01-01', bidRequestedOn: '2024-01-20' },
    notInForce,
  );
  const withoutBid = moratorium({ notifiedOn: '2024-01-01' }, notInForce);

  it.each([
    ['2023-12-31', 'none', null, null],
    ['2024-01-01', 'interim', 42, '2024-02-11'], // request not yet received
    ['2024-01-19', 'interim', 24, '2024-02-11'],
    ['2024-01-20', 'interim', 163, '2024-06-30'], // request received: full moratorium applies
    ['2024-02-11', 'interim', 141, '2024-06-30'],
    ['2024-02-12', 'full', 140, '2024-06-30'],
    ['2024-06-30', 'full', 1, '2024-06-30'],
    ['2024-07-01', 'protected', 365, '2025-06-30'],
    ['2025-06-30', 'protected', 1, '2025-06-30'],
    ['2025-07-01', 'none', null, null],
  ])('with a bid request, on %s: %s, %s days left', (day, stage, daysRemaining, endsOn) => {
    expect(moratoriumStage(withBid, day)).toEqual({ stage, daysRemaining, endsOn });
  });

  it.each([
    ['2024-02-11', 'interim', 1, '2024-02-11'],
    ['2024-02-12', 'protected', 505, '2025-06-30'],
  ])('without a bid request, on %s: %s, %s days left', (day, stage, daysRemaining, endsOn) => {
    expect(moratoriumStage(withoutBid, day)).toEqual({ stage, daysRemaining, endsOn });
  });
});
