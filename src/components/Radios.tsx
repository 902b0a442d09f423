import type { Option } from '../../content/schema';
import { QuestionFieldset } from './FormGroup';

interface RadiosProps {
  name: string;
  /** The question, shown as the page heading inside the legend. */
  legend: string;
  hint?: string;
  options: Option[];
  value: string | undefined;
  error?: string;
  onChange: (value: string) => void;
}

export const firstOptionId = (name: string) => `${name}-0`;

/** GOV.UK radios: the question is the fieldset legend and the page's h1. */
export function Radios({ name, legend, hint, options, value, error, onChange }: RadiosProps) {
  return (
    <QuestionFieldset name={name} legend={legend} hint={hint} error={error}>
      <div class="radios">
        {options.map((option, index) => {
          const id = `${name}-${index}`;
          return (
            <div class="radios__item" key={option.value}>
              <input
                class="radios__input"
                id={id}
                name={name}
                type="radio"
                value={option.value}
                checked={value === option.value}
                aria-describedby={option.hint || option.reconstructed ? `${id}-hint` : undefined}
                onChange={() => onChange(option.value)}
              />
              <label class="radios__label" for={id}>
                {option.label}
              </label>
              {(option.hint || option.reconstructed) && (
                <div class="hint radios__hint" id={`${id}-hint`}>
                  {option.hint}
                  {option.reconstructed && (
                    <span class="reconstructed-option">
                      <strong>Not the guidance’s own words.</strong> {option.reconstructed.note}
                    </span>
                  )}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </QuestionFieldset>
  );
}
