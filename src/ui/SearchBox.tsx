import { useId, useMemo, useState } from 'react';
import { searchStructures } from '../anatomy/search';
import { groupKindLabel, isGroupId, membersOf, selectableName } from '../anatomy/groups';
import type { SelectableId } from '../anatomy/groups';
import { useViewer } from '../state/store';

/**
 * Select a structure or group found by search: make it (or every member) visible if a layer or Hide
 * had it off, select it, and frame a structure (a group keeps the camera where it is).
 */
export function showFound(id: SelectableId): void {
  const s = useViewer.getState();
  for (const member of membersOf(id)) useViewer.getState().revealStructure(member);
  if (isGroupId(id)) {
    s.selectGroup(id);
    return;
  }
  s.select(id);
  s.frameStructure(id);
}

/**
 * Search by English or Latin name or synonym ("calf muscle", "Achilles", "caput mediale"): an ARIA 1.2
 * combobox (`data-testid="search"`) with a listbox of results; ArrowUp/Down move, Enter selects, Esc closes.
 */
export function SearchBox() {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const latin = useViewer((s) => s.latin);
  const base = useId();
  const listId = `${base}-list`;
  const hits = useMemo(() => searchStructures(query, 8), [query]);
  const expanded = open && query.trim() !== '';
  const choose = (id: SelectableId) => {
    showFound(id);
    setQuery('');
    setOpen(false);
  };
  return (
    <div className="search" role="search">
      <label htmlFor={`${base}-input`} className="visually-hidden">
        Find a structure
      </label>
      <input
        id={`${base}-input`}
        type="search"
        role="combobox"
        data-testid="search"
        placeholder="Find a structure (e.g. Achilles, calf muscle)"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits.length > 0 ? `${base}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            if (hits.length === 0) return;
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => (a + step + hits.length) % hits.length);
          } else if (e.key === 'Enter') {
            if (!expanded || hits.length === 0) return;
            e.preventDefault();
            choose(hits[Math.min(active, hits.length - 1)].id);
          } else if (e.key === 'Escape') {
            if (expanded) {
              e.stopPropagation(); // close the list without also clearing the selection
              e.nativeEvent.stopImmediatePropagation();
              setOpen(false);
            }
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!expanded}>
        {expanded && hits.length === 0 && (
          <li className="search-empty" role="presentation">
            No structure matches “{query.trim()}”.
          </li>
        )}
        {expanded &&
          hits.map((hit, i) => {
            const name = selectableName(hit.id, latin);
            const other = selectableName(hit.id, !latin);
            return (
              <li
                key={hit.id}
                id={`${base}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                data-testid={`search-result-${hit.id}`}
                className={`search-option${i === active ? ' active' : ''}`}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(hit.id);
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="search-name">{name}</span>
                <span className="search-meta">
                  {isGroupId(hit.id) ? `${groupKindLabel(hit.id)} · ` : ''}
                  {hit.matched !== name && hit.matched !== other ? `“${hit.matched}” · ${other}` : other}
                </span>
              </li>
            );
          })}
      </ul>
    </div>
  );
}
