/**
 * The guided tours shipped with the viewer, validated at import (a broken tour file fails loudly
 * with its file name and field path). Pure.
 */
import gastrocnemiusInFiveMinutes from '../../data/tours/gastrocnemius-in-five-minutes.json';
import calfInTheClinic from '../../data/tours/calf-in-the-clinic.json';
import { parseTour } from './tourSchema';
import type { Tour } from './tourSchema';

export type { Tour, TourStep } from './tourSchema';

/** All shipped tours, in the order the UI lists them. */
export const tours: readonly Tour[] = [
  parseTour(gastrocnemiusInFiveMinutes, 'data/tours/gastrocnemius-in-five-minutes.json'),
  parseTour(calfInTheClinic, 'data/tours/calf-in-the-clinic.json'),
];

/** The tour with this id; throws on an unknown id. */
export function getTour(id: string): Tour {
  const tour = tours.find((t) => t.id === id);
  if (!tour) throw new Error(`Unknown tour ${JSON.stringify(id)}: expected one of ${tours.map((t) => t.id).join(', ')}`);
  return tour;
}
