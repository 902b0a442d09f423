import type { Example } from './example';
import { ErrorMessage, ErrorSummary } from './ErrorSummary';

export const examples: Example[] = [
  {
    name: 'one error linked to its field',
    render: () => (
      <div>
        <ErrorSummary attempt={1} errors={[{ fieldId: 'reference', message: 'Enter a case reference' }]} />
        <label class="label" for="reference">
          Case reference
        </label>
        <ErrorMessage id="reference" message="Enter a case reference" />
        <input class="input" id="reference" aria-describedby="reference-error" />
      </div>
    ),
  },
  { name: 'no errors: nothing shown', render: () => <ErrorSummary attempt={0} errors={[]} /> },
];
