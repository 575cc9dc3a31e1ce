import { useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import { useViewer } from '../state/store';
import { setSheetInset } from './sheetInset';
import { DOCK_PX, PHONE_QUERY, STATES, nearestState, sheetHeights } from './sheetGeometry';
import type { SheetState } from './sheetGeometry';

function usePhone(): boolean {
  const [phone, setPhone] = useState(() => window.matchMedia(PHONE_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(PHONE_QUERY);
    const change = () => setPhone(query.matches);
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  return phone;
}

const NEXT_LABEL: Record<SheetState, string> = { peek: 'show half', half: 'show full', full: 'lower to peek' };

export interface BottomSheetProps {
  /** The panel's content slot (App fills it after the first model frame). */
  panelRef: RefObject<HTMLDivElement | null>;
  /** The slot for the selected structure's name shown at peek. */
  titleRef: RefObject<HTMLDivElement | null>;
  /** Hidden by the desktop panel toggle (wide screens only). */
  hidden: boolean;
  /** Extra content after the sheet's header (none by default). */
  children?: ReactNode;
}

/**
 * The side panel; on a phone a bottom sheet at peek, half or full height. Drag its handle (pointer
 * events, snapping to the nearest state) or tap it to step through the states; arrow keys on the
 * handle raise and lower it. Selecting a structure lowers a full sheet to half, so the leg stays in
 * sight. On wide screens the handle is hidden and the panel sits beside the 3D view.
 */
export function BottomSheet({ panelRef, titleRef, hidden, children }: BottomSheetProps) {
  const phone = usePhone();
  const [state, setState] = useState<SheetState>(() => (useViewer.getState().selected ? 'half' : 'peek'));
  const [dragHeight, setDragHeight] = useState<number | null>(null);
  const drag = useRef<{ id: number; startY: number; startHeight: number; moved: boolean } | null>(null);
  const sheet = useRef<HTMLDivElement>(null);

  const heights = () => {
    const topbar = document.querySelector('.topbar')?.getBoundingClientRect().height ?? 52;
    return sheetHeights(window.innerHeight, topbar);
  };

  // The sheet's height is a CSS variable on <html>: the control row above the sheet follows it. The
  // camera centres the leg in what the sheet and that row leave visible.
  const [screenHeight, setScreenHeight] = useState(() => window.innerHeight);
  useEffect(() => {
    const resize = () => setScreenHeight(window.innerHeight);
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, []);
  useEffect(() => {
    const root = document.documentElement.style;
    if (!phone) {
      root.removeProperty('--sheet-h');
      setSheetInset(0);
      return;
    }
    const h = heights();
    root.setProperty('--sheet-h', `${dragHeight ?? h[state]}px`);
    if (dragHeight === null) setSheetInset((state === 'full' ? h.half : h[state]) + DOCK_PX);
  }, [phone, state, dragHeight, screenHeight]);
  useEffect(() => () => setSheetInset(0), []);

  // A new selection shows its name; a full sheet comes down to half so the leg stays in view.
  useEffect(
    () =>
      useViewer.subscribe((s, prev) => {
        if (s.selected !== prev.selected && s.selected !== null) setState((now) => (now === 'full' ? 'half' : now));
      }),
    [],
  );

  const onPointerDown = (e: React.PointerEvent<HTMLButtonElement>) => {
    if (!phone || !sheet.current) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { id: e.pointerId, startY: e.clientY, startHeight: sheet.current.getBoundingClientRect().height, moved: false };
  };
  const onPointerMove = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    const dy = d.startY - e.clientY;
    if (Math.abs(dy) > 6) d.moved = true;
    if (!d.moved) return;
    const h = heights();
    setDragHeight(Math.min(h.full, Math.max(h.peek, d.startHeight + dy)));
  };
  const onPointerEnd = (e: React.PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d || d.id !== e.pointerId) return;
    if (d.moved && dragHeight !== null) setState(nearestState(dragHeight, heights()));
    setDragHeight(null);
    // The click that follows a drag must not step the state once more.
    if (!d.moved) drag.current = null;
  };
  const onClick = () => {
    if (drag.current?.moved) {
      drag.current = null;
      return;
    }
    drag.current = null;
    setState((s) => STATES[(STATES.indexOf(s) + 1) % STATES.length]);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>) => {
    const step = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    setState((s) => STATES[Math.min(STATES.length - 1, Math.max(0, STATES.indexOf(s) + step))]);
  };

  return (
    <div
      className={`sheet${dragHeight !== null ? ' sheet-dragging' : ''}`}
      data-sheet={state}
      data-testid="bottom-sheet"
      ref={sheet}
      // Tabbing into the panel at peek raises it, so the focused control is in sight.
      onFocus={(e) => {
        if (phone && state === 'peek' && (e.target as HTMLElement).closest('#side-panel')) setState('half');
      }}
    >
      <div className="sheet-header">
        <button
          type="button"
          className="sheet-handle"
          data-testid="sheet-handle"
          aria-controls="side-panel"
          aria-expanded={state !== 'peek'}
          aria-label={`Panel at ${state}: ${NEXT_LABEL[state]}`}
          title="Drag or tap to resize the panel"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
          onClick={onClick}
          onKeyDown={onKeyDown}
        >
          <span className="sheet-grabber" aria-hidden="true" />
        </button>
        <div className="sheet-title" ref={titleRef} />
      </div>
      {children}
      <div className="side-panel" id="side-panel" hidden={hidden} ref={panelRef} />
    </div>
  );
}
