/** The end of every workspace form: the error, if any, then the main action and Cancel. */
import type { ReactNode } from 'react';

export function FormFooter({
  error,
  submit,
  disabled,
  onCancel,
  children,
}: {
  error: string | null;
  submit: string;
  disabled: boolean;
  onCancel: () => void;
  /** Further buttons between the main action and Cancel. */
  children?: ReactNode;
}) {
  return (
    <>
      {error && (
        <p className="error-text small" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="btn btn--primary" disabled={disabled}>
          {submit}
        </button>
        {children}
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </>
  );
}
