import type { Option } from '../../content/schema';
import { QuestionFieldset } from './FormGroup';

interface CheckboxesProps {
  name: string;
  legend: string;
  hint?: string;
  options: Option[];
  values: string[];
  /** An option that means "none of the others": choosing it clears them, and choosing one clears it. */
  exclusiveValue?: string;
  error?: string;
  onChange: (values: string[]) => void;
}

/** GOV.UK checkboxes, with the question as the fieldset legend and the page's h1. */
export function Checkboxes({
  name,
  legend,
  hint,
  options,
  values,
  exclusiveValue,
  error,
  onChange,
}: CheckboxesProps) {
  const toggle = (value: string, checked: boolean) => {
    if (!checked) return onChange(values.filter((v) => v !== value));
    if (value === exclusiveValue) return onChange([value]);
    onChange([...values.filter((v) => v !== exclusiveValue), value]);
  };
  return (
    <QuestionFieldset name={name} legend={legend} hint={hint} error={error}>
      <div class="checkboxes">
        {options.map((option, index) => {
          const id = `${name}-${index}`;
          return (
            <div key={option.value}>
              {option.value === exclusiveValue && <div class="checkboxes__divider">or</div>}
              <div class="checkboxes__item">
                <input
                  class="checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={values.includes(option.value)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                  onChange={(event) => toggle(option.value, event.currentTarget.checked)}
                />
                <label class="checkboxes__label" for={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <div class="hint checkboxes__hint" id={`${id}-hint`}>
                    {option.hint}
                  </div>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </QuestionFieldset>
  );
}
