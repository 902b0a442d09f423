import { LabelledField } from './FormGroup';

interface TextInputProps {
  id: string;
  label: string;
  /** When true the label is the page's h1 (one question per page). */
  isPageHeading?: boolean;
  hint?: string;
  value: string;
  error?: string;
  type?: 'text' | 'date' | 'datetime-local' | 'password';
  /** Case fields never offer the browser's saved entries; a passphrase field lets a password manager fill it. */
  autoComplete?: 'off' | 'new-password' | 'current-password';
  /** Narrow fields suit short answers such as a name or a date. */
  width?: 'full' | 'narrow';
  onInput: (value: string) => void;
}

/** A GOV.UK single-line text input, or a date (and time) field with the browser's own picker. */
export function TextInput({
  id,
  label,
  isPageHeading,
  hint,
  value,
  error,
  type = 'text',
  autoComplete = 'off',
  width = 'full',
  onInput,
}: TextInputProps) {
  return (
    <LabelledField id={id} label={label} isPageHeading={isPageHeading} hint={hint} error={error}>
      {(describedBy) => (
        <input
          class={`input input--${width}${error ? ' input--error' : ''}`}
          id={id}
          name={id}
          type={type as 'text'}
          autoComplete={autoComplete}
          spellcheck={type === 'password' ? false : undefined}
          value={value}
          aria-describedby={describedBy}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </LabelledField>
  );
}
