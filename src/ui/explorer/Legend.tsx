import { cssColour } from '../../scene/explorerColours';
import type { ExplorerColour } from '../../scene/explorerColours';

/** A colour key: each swatch with its words (the colour is never the only cue). */
export function Legend({ items, label }: { items: { colour: ExplorerColour; text: string }[]; label: string }) {
  return (
    <ul className="explorer-legend" aria-label={label}>
      {items.map((i) => (
        <li key={i.colour}>
          <span className="swatch" style={{ background: cssColour(i.colour) }} aria-hidden="true" />
          {i.text}
        </li>
      ))}
    </ul>
  );
}
