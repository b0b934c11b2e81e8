import { Confidence } from '../../kit/types/confidence.enum';

export interface FactConfidence {
  name: Confidence;
  council: Confidence;
}

/**
 * The verification labels of the places file, read into a confidence for the place name and
 * for the place-to-council mapping. Matching is strict: a label this table does not know is a
 * load error, so a new kind of evidence is looked at by a person before it is served.
 */
const LABELS: { pattern: RegExp; confidence: FactConfidence }[] = [
  {
    pattern: /^name: official\b.*; local authority: compiled/,
    confidence: { name: Confidence.OFFICIAL, council: Confidence.COMPILED },
  },
  {
    pattern: /^name: regional listing \+ third-party compilation\b.*; local authority: compiled/,
    confidence: { name: Confidence.THIRD_PARTY, council: Confidence.COMPILED },
  },
  {
    // News and council pages confirmed the name; the council mapping is still the compiler's.
    pattern: /^third-party compilation\b.*; corroborated by /,
    confidence: { name: Confidence.CORROBORATED, council: Confidence.THIRD_PARTY },
  },
  {
    pattern: /^third-party compilation\b.*; not independently re-checked$/,
    confidence: { name: Confidence.THIRD_PARTY, council: Confidence.THIRD_PARTY },
  },
];

export function readVerification(label: string): FactConfidence | null {
  return LABELS.find(({ pattern }) => pattern.test(label))?.confidence ?? null;
}
