import type { ReactNode } from 'react';

/**
 * A small form inside a panel: its fields, then the primary action and Cancel. Enter in a field
 * submits; the submit handler decides whether the form closes.
 */
export function InlineForm({
  submitLabel,
  canSubmit = true,
  onSubmit,
  onCancel,
  label,
  className,
  children,
}: {
  /** The form's accessible name, where a panel holds more than one form. */
  label?: string;
  className?: string;
  submitLabel: string;
  canSubmit?: boolean;
  onSubmit: () => void | Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form
      className={className ? `form ${className}` : 'form'}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary" disabled={!canSubmit}>
          {submitLabel}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
