import type { ReactNode } from 'react';
import { getStructure, isInModel } from '../anatomy/data';
import type { RelatedRef } from '../anatomy/data';
import type { StructureId } from '../anatomy/ids';
import { useViewer } from '../state/store';

/** Follow a link to a structure to see it: select it and frame it. */
export function showStructure(id: StructureId): void {
  const s = useViewer.getState();
  s.select(id);
  s.frameStructure(id);
}

/** Follow a link to a place (attachment area, nerve, vessel): fly there, light it up, fade what hides it. */
export function focusStructure(id: StructureId): void {
  useViewer.getState().flyToFocus(id);
}

/**
 * A link to a structure of the model: a button with `data-link-target`. `mode` "focus" flies to it and
 * lights it up; "select" selects and frames it.
 */
export function StructureLink({
  id,
  mode,
  children,
  testId,
}: {
  id: StructureId;
  mode: 'focus' | 'select';
  children?: ReactNode;
  testId?: string;
}) {
  const name = getStructure(id).name;
  return (
    <button
      type="button"
      className="link"
      data-link-target={id}
      data-testid={testId}
      title={mode === 'focus' ? `Show ${name} on the model` : `Select ${name}`}
      onClick={() => (mode === 'focus' ? focusStructure(id) : showStructure(id))}
    >
      {children ?? name}
    </button>
  );
}

/** A related muscle: a link when the model has it, otherwise its name marked "outside this model". */
export function RelatedItem({ item }: { item: RelatedRef }) {
  if (isInModel(item)) return <StructureLink id={item.id} mode="select" />;
  return (
    <span className="outside" data-outside="true" title={item.note}>
      {item.name}
      <span className="outside-mark"> — outside this model</span>
    </span>
  );
}

export function RelatedList({ items, empty = 'none' }: { items: readonly RelatedRef[]; empty?: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <ul className="inline-list">
      {items.map((item, i) => (
        <li key={isInModel(item) ? item.id : `${item.name}-${i}`}>
          <RelatedItem item={item} />
        </li>
      ))}
    </ul>
  );
}
