import type { Header } from '@tanstack/react-table';
import type { GridRow } from '../store/selectors';
import { ROW_HEADER_ID } from './columns';

/** A column header: sorts on click, resizes by its right edge; marked when it holds the open cell. */
export function HeaderCell({
  header,
  colIndex,
  width,
  className = '',
  selected = false,
}: {
  header: Header<GridRow, unknown>;
  colIndex: number;
  width: number;
  className?: string;
  selected?: boolean;
}) {
  const sorted = header.column.getIsSorted();
  const isRowHeader = header.column.id === ROW_HEADER_ID;
  const label = String(header.column.columnDef.header ?? header.column.id);
  return (
    <div
      role="columnheader"
      aria-colindex={colIndex}
      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
      className={`grid-colheader ${className}${selected ? ' is-selected' : ''}`}
      style={{ width }}
    >
      {/* One tab stop for the whole grid (ARIA grid pattern): headers sort by mouse, or s / n keys. */}
      <button
        type="button"
        tabIndex={-1}
        className="grid-sort"
        onClick={header.column.getToggleSortingHandler()}
        title={isRowHeader ? `Sort by ${label.toLowerCase()} name` : `${label} — sort rows by stance`}
      >
        <span className="grid-colheader__label">{label}</span>
        <span className="grid-sort__arrow" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
        </span>
      </button>
      <div
        className={`grid-resizer${header.column.getIsResizing() ? ' is-resizing' : ''}`}
        onMouseDown={header.getResizeHandler()}
        onTouchStart={header.getResizeHandler()}
        onDoubleClick={() => header.column.resetSize()}
        aria-hidden="true"
      />
    </div>
  );
}
