import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog: focus moves in on open and returns to where it was on close. Esc is global. */
export function Modal({
  title,
  onClose,
  children,
  wide = false,
  className = '',
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  /** A further class for a dialog with its own size (the Vocabulary view fills the window). */
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>(
      'input, select, textarea, button:not(.modal__close)',
    );
    (first ?? ref.current)?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className={`modal${wide ? ' modal--wide' : ''}${className ? ` ${className}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        ref={ref}
        tabIndex={-1}
        onKeyDown={(e) => {
          // Keep Tab inside the dialog while it is open (aria-modal alone does not).
          if (e.key !== 'Tab' || !ref.current) return;
          const items = [
            ...ref.current.querySelectorAll<HTMLElement>('button, input, select, textarea, a[href]'),
          ].filter((el) => !(el as HTMLButtonElement).disabled);
          const first = items[0];
          const last = items.at(-1);
          if (!first || !last) return;
          if (e.shiftKey && document.activeElement === first) {
            e.preventDefault();
            last.focus();
          } else if (!e.shiftKey && document.activeElement === last) {
            e.preventDefault();
            first.focus();
          }
        }}
      >
        <header className="modal__head">
          <h2>{title}</h2>
          <button type="button" className="btn btn--quiet modal__close" onClick={onClose} aria-label="Close">
            ✕
          </button>
        </header>
        <div className="modal__body">{children}</div>
      </div>
    </div>
  );
}
