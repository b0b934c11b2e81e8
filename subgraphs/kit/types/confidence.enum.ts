import { registerEnumType } from 'type-graphql';

/** How far a fact can be trusted; the labels of the data compilers' SOURCES.md. */
export enum Confidence {
  OFFICIAL = 'official',
  CORROBORATED = 'corroborated',
  COMPILED = 'compiled',
  THIRD_PARTY = 'third_party',
}

registerEnumType(Confidence, {
  name: 'Confidence',
  description: 'How far a fact can be trusted, from the verification labels of the source files.',
  valuesConfig: {
    OFFICIAL: {
      description: 'Read on a gov.uk, UK Parliament or council page, or from an official dataset.',
    },
    CORROBORATED: {
      description:
        'From a third-party compilation and confirmed independently (news or a council page), but not read in the official original.',
    },
    COMPILED: {
      description:
        'Put together by the data team from official facts (e.g. which council a named town is in). Check before relying on it.',
    },
    THIRD_PARTY: {
      description:
        'Taken from a public compilation that says it checked gov.uk; not re-checked by us.',
    },
  },
});
