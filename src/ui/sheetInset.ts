/**
 * How many CSS pixels at the bottom of the 3D view the phone's bottom sheet (and the control row on
 * it) covers, so the camera can centre the leg in the part still visible. 0 wherever the panel sits
 * beside the view. A tiny external store: the sheet writes it, the camera rig reads it.
 */
import { useSyncExternalStore } from 'react';

let inset = 0;
const listeners = new Set<() => void>();

export function setSheetInset(px: number): void {
  const next = Math.max(0, Math.round(px));
  if (next === inset) return;
  inset = next;
  for (const listener of listeners) listener();
}

export function getSheetInset(): number {
  return inset;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The covered height in CSS px (re-renders when it changes). */
export function useSheetInset(): number {
  return useSyncExternalStore(subscribe, getSheetInset, getSheetInset);
}
