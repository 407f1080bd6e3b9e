import { schemeTableau10 } from 'd3';

/**
 * A vendor's colour, by its position in the scenario (so that it keeps its colour when
 * the ranking changes). The reference vendor with no controls is drawn in grey.
 *
 * @example
 * vendorColor(1, false); // '#f28e2c'
 */
export function vendorColor(index: number, isReference: boolean): string {
  if (isReference) return '#8c8c8c';
  const palette = schemeTableau10.filter((c) => c !== '#bab0ab');
  return palette[index % palette.length];
}
