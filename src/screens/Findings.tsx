// What a rule found in the answers, shown under a step's own content: answers it picked out, passages
// of the guidance it points to, and quotations grouped under headings.
import { contentById } from '../../content';
import type { ContentItem, Situation } from '../../content/schema';
import type { Answer, Finding } from '../../machines/journey';
import { describeAnswer } from '../../machines/summary';
import { CitationLink, ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { WarningText } from '../components/WarningText';

/** Paragraphs and bullets of a content item, always as text. */
export function Passage({ content }: { content: { paragraphs: string[]; bullets?: string[] } }) {
  return (
    <>
      {content.paragraphs.map((paragraph, index) => (
        <p class="body" key={index}>
          {paragraph}
        </p>
      ))}
      {content.bullets && (
        <ul class="list list--bullet">
          {content.bullets.map((bullet, index) => (
            <li key={index}>{bullet}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The situation a step is about (a case study's account), quoted with its source, before the heading. */
export function SituationPassage({ situation }: { situation: Situation | undefined }) {
  if (!situation) return null;
  return (
    <>
      {situation.paragraphs.map((paragraph, index) => (
        <p class="body narrative" key={index}>
          {paragraph}
        </p>
      ))}
      <SourceCitation sources={[situation.source]} />
    </>
  );
}

/** The questions a rule picked out, each with the answer given, e.g. the self-check's flagged questions. */
export function AnswerFindings({
  findings,
  answers,
  contentOf,
}: {
  findings: Finding[];
  answers: Record<string, Answer>;
  contentOf: (step: string) => ContentItem | undefined;
}) {
  const rows = findings.flatMap((finding) => {
    if (finding.kind !== 'answer') return [];
    const content = contentOf(finding.step);
    return content ? [{ step: finding.step, content }] : [];
  });
  if (!rows.length) return null;
  return (
    <ul class="list list--bullet findings">
      {rows.map(({ step, content }) => {
        const lines = describeAnswer(content, answers[step]);
        return (
          <li key={step}>
            {content.title}{' '}
            {lines.length === 1 ? (
              <strong>{lines[0]}</strong>
            ) : (
              <ul class="list list--bullet">
                {lines.map((line, index) => (
                  <li key={index}>{line}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** The passages a rule pointed to, e.g. the guidance behind each concern selected. */
export function PointerFindings({
  findings,
  onStartJourney,
}: {
  findings: Finding[];
  onStartJourney?: (journeyId: string) => void;
}) {
  const pointers = findings.flatMap((finding) => {
    const pointer = finding.kind === 'pointer' ? contentById.get(finding.contentId) : undefined;
    return pointer?.kind === 'pointer' ? [pointer] : [];
  });
  return (
    <>
      {pointers.map((pointer) => (
        <section class="pointer" key={pointer.id}>
          <h2 class="heading-m">{pointer.title}</h2>
          <Passage content={pointer} />
          {pointer.warning && <WarningText>{pointer.warning}</WarningText>}
          <ReconstructedNote reconstruction={pointer.reconstructed} />
          {pointer.startsJourney && onStartJourney && (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => onStartJourney(pointer.startsJourney!.journeyId)}
            >
              {pointer.startsJourney.label}
            </button>
          )}
          <SourceCitation sources={[pointer.source, ...(pointer.alsoFrom ?? [])]} />
        </section>
      ))}
    </>
  );
}

/** Quotations grouped under headings, each group folded away until the worker opens it. */
export function QuoteFindings({ findings, heading }: { findings: Finding[]; heading?: string }) {
  const groups = new Map<string, Extract<Finding, { kind: 'quote' }>[]>();
  for (const finding of findings) {
    if (finding.kind !== 'quote') continue;
    groups.set(finding.group, [...(groups.get(finding.group) ?? []), finding]);
  }
  if (!groups.size) return null;
  return (
    <section class="quotes">
      {heading && <h2 class="heading-m">{heading}</h2>}
      {[...groups].map(([group, quotes]) => (
        <details class="details" key={group}>
          <summary class="details__summary">
            {group} ({quotes.length})
          </summary>
          <ul class="list details__text">
            {quotes.map((quote, index) => (
              <li key={index}>
                {quote.text}
                {quote.note && <span class="quote-note"> {quote.note}</span>}
                <span class="source">
                  {' '}
                  (<CitationLink source={quote.source} />)
                </span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
