import { useMemo, useState } from 'preact/hooks';
import {
  abuseTypes,
  examplesColumnsNote,
  examplesOmitted,
  examplesUncertain,
  ratingLevels,
  thresholdExamples,
  thresholdsIntro,
} from '../../content/thresholds';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { BackLink } from '../components/BackLink';
import { CitationLink, SourceCitation } from '../components/SourceCitation';
import { PageHeading } from '../components/PageHeading';

const levelNames = { green: 'Green', amber: 'Amber', red: 'Red' } as const;

const matches = (text: string, words: string[]) => {
  const lower = text.toLowerCase();
  return words.every((word) => lower.includes(word));
};

/**
 * Every example from the thresholds guidance's table, by type of abuse and level, searchable. Usable
 * offline and outside any journey, for a worker calibrating a decision or a trainee learning the levels.
 */
export function ExamplesScreen() {
  useDocumentTitle('Examples of each level, by type of abuse');
  const [query, setQuery] = useState('');
  const [type, setType] = useState('all');
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = useMemo(
    () =>
      thresholdExamples.filter(
        (example) => (type === 'all' || example.abuseType === type) && matches(example.text, words),
      ),
    [query, type],
  );
  const types = abuseTypes.filter((abuseType) => type === 'all' || abuseType.value === type);
  return (
    <div>
      <BackLink onBack={() => history.back()} />
      <PageHeading class="heading-l">Examples of each level, by type of abuse</PageHeading>
      <p class="body">{thresholdsIntro.examplesLead.text}</p>
      <div class="inset inset--reconstructed">
        <p>
          <strong>How this copy of the table was read.</strong> {examplesColumnsNote.text}
        </p>
      </div>
      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div class="form-group">
          <label class="label" for="examples-search">
            Search the examples
          </label>
          <input
            class="input"
            id="examples-search"
            type="search"
            value={query}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
        </div>
        <div class="form-group">
          <label class="label" for="examples-type">
            Type of abuse
          </label>
          <select
            class="select"
            id="examples-type"
            value={type}
            onChange={(event) => setType(event.currentTarget.value)}
          >
            <option value="all">All types</option>
            {abuseTypes.map((abuseType) => (
              <option key={abuseType.value} value={abuseType.value}>
                {abuseType.label}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p class="body" role="status">
        {shown.length === 1 ? '1 example' : `${shown.length} examples`} shown
      </p>
      {types.map((abuseType) => {
        const ofType = shown.filter((example) => example.abuseType === abuseType.value);
        const uncertain = examplesUncertain.filter(
          (note) => note.abuseType === abuseType.value && !note.level,
        );
        if (!ofType.length && words.length) return null;
        return (
          <section key={abuseType.value} class="examples-type">
            <h2 class="heading-m">{abuseType.label}</h2>
            {uncertain.map((note) => (
              <p class="quote-note" key={note.note}>
                {note.note}
              </p>
            ))}
            {ratingLevels.map((level) => {
              const atLevel = ofType.filter((example) => example.level === level.value);
              const omitted = words.length
                ? []
                : examplesOmitted.filter(
                    (omission) => omission.abuseType === abuseType.value && omission.level === level.value,
                  );
              if (!atLevel.length && !omitted.length) return null;
              const placed = atLevel.length
                ? examplesUncertain.filter(
                    (note) => note.abuseType === abuseType.value && note.level === level.value,
                  )
                : [];
              return (
                <div key={level.value} class={`examples-level examples-level--${level.value}`}>
                  <h3 class="heading-s">
                    {levelNames[level.value]}: {level.examplesHeading}
                  </h3>
                  {placed.map((note) => (
                    <p class="quote-note" key={note.note}>
                      {note.note}
                    </p>
                  ))}
                  <ul class="list">
                    {atLevel.map((example) => (
                      <li key={example.id}>
                        {example.text}
                        {example.repair && <span class="quote-note"> {example.repair.note}</span>}
                        <span class="quote-note">
                          Source: <CitationLink source={example.source} />
                        </span>
                      </li>
                    ))}
                    {omitted.map((omission) => (
                      <li key={omission.note} class="quote-note">
                        Not shown: {omission.note}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
      <SourceCitation sources={[thresholdsIntro.examplesLead.source]} />
    </div>
  );
}
