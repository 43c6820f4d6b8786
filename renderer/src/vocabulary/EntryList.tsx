import { useEffect, useId, useMemo, useRef, useState } from 'react';

export interface ListItem {
  id: string;
  label: string;
  /** Words the filter also matches: aliases, phrases. */
  words: readonly string[];
  badges: readonly string[];
}

/** Searching matches the name, the id and the entry's words; at most this many are drawn at once. */
const SHOWN = 400;

/**
 * A filterable list of entries, for hundreds of them: type to filter, ↑/↓ (from the filter too),
 * Home/End move, the selection opens in the editor beside it.
 */
export function EntryList({
  label,
  items,
  selected,
  onSelect,
}: {
  label: string;
  items: readonly ListItem[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const [query, setQuery] = useState('');
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return items;
    return items.filter(
      (i) =>
        i.label.toLowerCase().includes(q) ||
        i.id.includes(q) ||
        i.words.some((w) => w.toLowerCase().includes(q)),
    );
  }, [items, query]);
  const index = shown.findIndex((i) => i.id === selected);

  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const move = (e: React.KeyboardEvent) => {
    const to =
      e.key === 'ArrowDown'
        ? Math.min(index + 1, shown.length - 1)
        : e.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : e.key === 'Home' && e.currentTarget === list.current
            ? 0
            : e.key === 'End' && e.currentTarget === list.current
              ? shown.length - 1
              : null;
    if (to === null || !shown[to]) return;
    e.preventDefault();
    onSelect(shown[to].id);
  };

  return (
    <div className="entry-list">
      <input
        type="search"
        className="entry-list__filter"
        placeholder={`Filter ${label}`}
        aria-label={`Filter ${label}`}
        aria-controls={listId}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={move}
      />
      <p className="small muted num entry-list__count" aria-live="polite">
        {shown.length === items.length
          ? `${items.length} ${label}`
          : `${shown.length} of ${items.length} ${label}`}
      </p>
      <ul
        id={listId}
        ref={list}
        className="entry-list__items"
        role="listbox"
        aria-label={label}
        tabIndex={0}
        aria-activedescendant={index >= 0 ? `${listId}-${index}` : undefined}
        onKeyDown={move}
      >
        {shown.slice(0, SHOWN).map((item, i) => (
          <li
            key={item.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={item.id === selected}
            className="entry-list__item"
            onClick={() => onSelect(item.id)}
          >
            <span className="entry-list__label">{item.label}</span>
            <span className="entry-list__id small muted">{item.id}</span>
            {item.badges.map((b) => (
              <span key={b} className={`badge badge--${b}`}>
                {b}
              </span>
            ))}
          </li>
        ))}
        {shown.length > SHOWN && (
          <li className="small muted entry-list__more">
            {shown.length - SHOWN} more: type to narrow the list.
          </li>
        )}
      </ul>
    </div>
  );
}
