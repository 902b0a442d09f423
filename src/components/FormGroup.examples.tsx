import type { Example } from './example';
import { LabelledField, QuestionFieldset } from './FormGroup';

export const examples: Example[] = [
  {
    name: 'a field whose label is the page heading, with hint',
    render: () => (
      <LabelledField
        id="evidence"
        label="What is your evidence?"
        isPageHeading
        hint="Say what you saw or were told"
      >
        {(describedBy) => <input class="input" id="evidence" aria-describedby={describedBy} />}
      </LabelledField>
    ),
  },
  {
    name: 'a question fieldset with an error',
    render: () => (
      <QuestionFieldset name="age" legend="Is the person 18 or over?" error="Select an option">
        <div class="radios">
          <div class="radios__item">
            <input class="radios__input" id="age-0" name="age" type="radio" value="yes" />
            <label class="radios__label" for="age-0">
              Yes
            </label>
          </div>
        </div>
      </QuestionFieldset>
    ),
  },
];
