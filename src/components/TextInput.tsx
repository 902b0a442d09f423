import { ErrorMessage } from './ErrorSummary';

interface TextInputProps {
  id: string;
  label: string;
  /** When true the label is the page's h1 (one question per page). */
  isPageHeading?: boolean;
  hint?: string;
  value: string;
  error?: string;
  type?: 'text' | 'date';
  /** Narrow fields suit short answers such as a name or a date. */
  width?: 'full' | 'narrow';
  onInput: (value: string) => void;
}

/** A GOV.UK single-line text input, or a date field with the browser's own picker. */
export function TextInput({ id, label, isPageHeading, hint, value, error, type = 'text', width = 'full', onInput }: TextInputProps) {
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
      <input
        class={`input input--${width}${error ? ' input--error' : ''}`}
        id={id}
        name={id}
        type={type as 'text'}
        autoComplete="off"
        value={value}
        aria-describedby={describedBy}
        onInput={(event) => onInput(event.currentTarget.value)}
      />
    </div>
  );
}
