import { useEffect, useRef, useState } from 'preact/hooks';

export interface FieldError {
  /** The id of the field to move to when the error is chosen. */
  fieldId: string;
  message: string;
}

/**
 * The error of a form that validates on submit. `attempt` counts failed submits, so the summary takes
 * focus once per submit and never while the worker is correcting the field.
 */
export function useSubmitError() {
  const [state, setState] = useState<{ message?: string; attempt: number }>({ attempt: 0 });
  return {
    error: state.message,
    attempt: state.attempt,
    fail: (message: string) => setState((current) => ({ message, attempt: current.attempt + 1 })),
  };
}

/**
 * GOV.UK error summary. Focus moves to it after each failed submit, so a screen reader announces it;
 * each error links to its field. Links move focus themselves because the app's routes live in the URL
 * fragment.
 */
export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  if (!errors.length) return null;
  return (
    <div class="error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 class="error-summary__title" id="error-summary-title">
          There is a problem
        </h2>
        <ul class="error-summary__list">
          {errors.map((error) => (
            <li key={error.fieldId}>
              <a
                href={`#${error.fieldId}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(error.fieldId);
                  field?.scrollIntoView({ block: 'center' });
                  field?.focus();
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The message shown beside a field in error, with the hidden "Error:" prefix GOV.UK uses. */
export function ErrorMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p class="error-message" id={id}>
      <span class="visually-hidden">Error:</span> {message}
    </p>
  );
}
