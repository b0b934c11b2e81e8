import { registerEnumType } from 'type-graphql';

export enum LocationPrecision {
  POINT = 'POINT',
  POSTCODE = 'POSTCODE',
  OUTCODE = 'OUTCODE',
}

export enum AreaMatch {
  INSIDE = 'INSIDE',
  BORDER = 'BORDER',
  NEAREST = 'NEAREST',
  NONE = 'NONE',
}

registerEnumType(LocationPrecision, {
  name: 'LocationPrecision',
  description: 'Where the point of a `Location` comes from, and so how exact it is.',
  valuesConfig: {
    POINT: { description: 'The latitude and longitude asked about.' },
    POSTCODE: {
      description:
        "The centre of the postcode asked about (the ONS postcode lookup's point for it).",
    },
    OUTCODE: {
      description:
        'The centre of an outward code (`SW1A`): asked for alone, or for a postcode this API does not hold. A rough place: an outcode spans a few square kilometres in towns, far more in the country.',
    },
  },
});

registerEnumType(AreaMatch, {
  name: 'AreaMatch',
  description:
    "How the point was matched to councils' areas (ONS ultra generalised boundaries, 500 m).",
  valuesConfig: {
    INSIDE: { description: "Inside one district's area." },
    BORDER: {
      description:
        'On the border of two or more districts as the boundaries draw it: all are listed, and `district` is null.',
    },
    NEAREST: {
      description:
        'In no area, but within 1 km of one (a coast or border the generalised lines have moved): that area is taken; `distanceKm` says how far.',
    },
    NONE: {
      description:
        "In no council's area and more than 1 km from any: at sea, or outside the United Kingdom.",
    },
  },
});
