/**
 * The statutory clock engine for Assets of Community Value: pure functions over ISO dates.
 * Localism Act 2011 Part 5 Ch. 3 (ss.87–108) and SI 2012/2421, and the Community Right to Buy of
 * the English Devolution and Community Empowerment Bill as a regime with a configurable
 * commencement date. Every date comes with the rule that fixes it.
 */
export * from './calendar';
export * from './types';
export * from './regime';
export * from './periods';
export * from './listing.rules';
export * from './compensation.rules';
export * from './moratorium.rules';
