import { LabelledField } from './FormGroup';

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
  return (
    <LabelledField id={id} label={label} isPageHeading={isPageHeading} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          class={error ? 'textarea textarea--error' : 'textarea'}
          id={id}
          name={id}
          rows={rows}
          autoComplete="off"
          value={value}
          aria-describedby={describedBy}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </LabelledField>
  );
}
