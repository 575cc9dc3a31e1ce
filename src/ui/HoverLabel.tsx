import { useEffect, useRef } from 'react';
import { nameIn } from './LatinToggle';
import { useViewer } from '../state/store';

/**
 * The hovered structure's name next to the pointer. Follows the pointer by writing its transform
 * directly (no React render per pointer move).
 */
export function HoverLabel({ container }: { container: React.RefObject<HTMLElement | null> }) {
  const hovered = useViewer((s) => s.hovered);
  const latin = useViewer((s) => s.latin);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onMove = (e: PointerEvent) => {
      const label = ref.current;
      if (!label) return;
      const r = el.getBoundingClientRect();
      label.style.transform = `translate(${Math.round(e.clientX - r.left + 14)}px, ${Math.round(e.clientY - r.top + 16)}px)`;
    };
    el.addEventListener('pointermove', onMove);
    return () => el.removeEventListener('pointermove', onMove);
  }, [container]);
  return (
    <div ref={ref} className="hover-label" data-testid="hover-label" hidden={hovered === null} aria-hidden="true">
      {hovered ? nameIn(hovered, latin) : ''}
    </div>
  );
}
