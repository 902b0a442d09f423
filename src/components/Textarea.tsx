import { ErrorMessage } from './ErrorSummary';

interface TextareaProps {
  id: string;
  label: string;
  /** When true the label is the page's h1 (one question per page). */
  isPageHeading?: boolean;
  hint?: string;
  value: string;
  error?: string;
  rows?: number;
  onInput: (value: string) => void;
}

export function Textarea({ id, label, isPageHeading, hint, value, error, rows = 5, onInput }: TextareaProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const labelElement = (
    <label class={isPageHeading ? 'label label--l' : 'label'} for={id}>
      {label}
    </label>
  );
  return (
    <div class={error ? 'form-group form-group--error' : 'form-group'}>
      {isPageHeading ? (
        <h1 class="heading-l page-heading" tabIndex={-1}>
          {labelElement}
        </h1>
      ) : (
        labelElement
      )}
      {hint && (
        <div class="hint" id={hintId}>
          {hint}
        </div>
      )}
      <ErrorMessage id={errorId} message={error} />
      <textarea
        class={error ? 'textarea textarea--error' : 'textarea'}
        id={id}
        name={id}
        rows={rows}
        value={value}
        aria-describedby={describedBy}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
