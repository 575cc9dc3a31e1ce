/** The phone's bottom sheet in numbers: its heights and where a drag snaps to. Pure. */

/** Where the phone's bottom sheet rests: its name showing, half up, or over the whole 3D view. */
export type SheetState = 'peek' | 'half' | 'full';
export const STATES: readonly SheetState[] = ['peek', 'half', 'full'];

/** Below this width the side panel is a bottom sheet over a full-screen 3D view (styles.css agrees). */
export const PHONE_QUERY = '(max-width: 800px)';
/**
 * Height of the sheet at peek: its handle, the selected structure's name and one row of the panel
 * (the search field), so a control the panel scrolls to can always come fully into view.
 */
const PEEK_PX = 164;
/** Share of the screen's height the sheet takes at half: the 3D view keeps well over half the screen. */
const HALF_SHARE = 0.34;
/** The row of view and action buttons that rides on the sheet's top edge (styles.css: .dock). */
export const DOCK_PX = 56;

/** The sheet's height in CSS px for each state, on a screen `innerHeight` tall. */
export function sheetHeights(innerHeight: number, topbar: number): Record<SheetState, number> {
  const full = Math.max(PEEK_PX, innerHeight - topbar);
  return { peek: PEEK_PX, half: Math.min(full, Math.max(PEEK_PX + 60, Math.round(innerHeight * HALF_SHARE))), full };
}

/** The state whose height is nearest to `height`. */
export function nearestState(height: number, heights: Record<SheetState, number>): SheetState {
  let best: SheetState = 'peek';
  for (const s of STATES) if (Math.abs(heights[s] - height) < Math.abs(heights[best] - height)) best = s;
  return best;
}
