import { abuseTypes, thresholdExamples } from '../../../content/thresholds';
import { contentById } from '../../../content';
import type { Answer } from '../../../machines/journey';
import { compareSelfCheckAttempt, compareThresholdAttempt } from '../../../machines/rules/training';
import { citation } from '../../components/SourceCitation';
import { SummaryList } from '../../components/SummaryList';
import { WarningText } from '../../components/WarningText';
import type { TrainingLink } from '../../storage/drafts';
import { TrainingBanner } from './TrainingBanner';
import { findScenario } from './scenarios';

const levelNames: Record<string, string> = { green: 'Green', amber: 'Amber', red: 'Red' };
const bandNames: Record<string, string> = {
  red: 'One or more red: safeguarding, make a referral',
  amberMany: 'More than two amber: safeguarding, make an alert/referral',
  allGreen: 'All green: not safeguarding but raise an alert',
  undecided: 'One or two amber: the matrix does not decide (professional judgement)',
};
const decisionNames: Record<string, string> = {
  made: 'Make an alert',
  notMade: 'No alert',
  professionalJudgement: 'Your professional judgement, with reasons (either decision)',
};
const questionTitle = (step: string) =>
  ({ seriousness: 'How serious', frequency: 'How often', exposure: 'How many exposed', recurrence: 'Likelihood of recurring' })[step] ?? step;

// The per-question ratings are the scenario's reading, not the guidance's: the guidance only places the
// example in a column of its table (the feedback paragraphs say which).
const reading = 'This scenario’s reading';
const mark = (matched: boolean) => (matched ? 'Matches this scenario’s reading' : 'Differs from this scenario’s reading');

/**
 * A practice run's own parts. `banner`, above every step: the TRAINING banner and the scenario.
 * `feedback`, under outcome and complete screens: how the answers compare with where the guidance
 * places the scenario. (Progress needs no saving here: it is derived from the finished runs.)
 */
export function TrainingJourneyPanel({
  part,
  training,
  answers,
}: {
  part: 'banner' | 'feedback';
  training: TrainingLink;
  answers: Record<string, Answer>;
}) {
  const found = findScenario(training);
  if (part === 'banner') {
    return (
      <TrainingBanner>
        {found && (
          <details class="details" open>
            <summary class="details__summary">The scenario: {found.scenario.title}</summary>
            <p class="details__text">{found.scenario.situation}</p>
          </details>
        )}
      </TrainingBanner>
    );
  }
  if (!found) return null;
  return (
    <div class="training-feedback">
      {found.kind === 'threshold' ? <ThresholdFeedback found={found} answers={answers} /> : <SelfCheckFeedback found={found} answers={answers} />}
    </div>
  );
}

function ThresholdFeedback({ found, answers }: { found: Extract<NonNullable<ReturnType<typeof findScenario>>, { kind: 'threshold' }>; answers: Record<string, Answer> }) {
  const { scenario } = found;
  const result = compareThresholdAttempt(scenario, answers);
  const example = thresholdExamples.find((entry) => entry.id === scenario.basedOn.exampleId);
  const typeLabel = abuseTypes.find((type) => type.value === example?.abuseType)?.label;
  return (
    <section class="feedback" aria-labelledby="feedback-title">
      <h2 class="heading-m" id="feedback-title">
        Feedback: {result.matched ? 'your ratings match this scenario’s reading' : 'some of your ratings differ from this scenario’s reading'}
      </h2>
      <SummaryList
        rows={[
          ...result.ratings.map((rating) => ({
            key: questionTitle(rating.step),
            lines: [`You rated: ${rating.given ? levelNames[rating.given] : 'not yet rated'}`, `${reading}: ${levelNames[rating.expected]}`, mark(rating.matched)],
          })),
          { key: 'Outcome', lines: [`Yours: ${result.band.given ? bandNames[result.band.given] : 'not reached'}`, `${reading}: ${bandNames[result.band.expected]}`, mark(result.band.matched)] },
          ...(result.decision.given
            ? [{ key: 'Decision', lines: [`Yours: ${decisionNames[result.decision.given]}`, `Expected: ${decisionNames[result.decision.expected]}`, mark(result.decision.matched)] }]
            : []),
        ]}
      />
      {scenario.feedbackParagraphs.map((paragraph, index) => (
        <p class="body" key={index}>
          {paragraph}
        </p>
      ))}
      {example && (
        <div class="inset">
          <p>
            The example this scenario is written from ({typeLabel}, {levelNames[example.level]}): “{example.text}” <span class="source">({citation(example.source)})</span>
          </p>
        </div>
      )}
      {!result.matched && <WarningText>Go back to the questions to change a rating and see how the outcome changes.</WarningText>}
    </section>
  );
}

function SelfCheckFeedback({ found, answers }: { found: Extract<NonNullable<ReturnType<typeof findScenario>>, { kind: 'nonEngagement' }>; answers: Record<string, Answer> }) {
  const { scenario } = found;
  const result = compareSelfCheckAttempt(scenario, answers);
  const title = (id: string) => contentById.get(id)?.title ?? id;
  return (
    <section class="feedback" aria-labelledby="feedback-title">
      <h2 class="heading-m" id="feedback-title">
        Feedback: {result.matched ? 'you spotted the signs in this scenario' : 'there are signs you did not flag'}
      </h2>
      {result.spotted.length > 0 && (
        <>
          <h3 class="heading-s">Signs you spotted</h3>
          <ul class="list list--bullet">{result.spotted.map((id) => <li key={id}>{title(id)}</li>)}</ul>
        </>
      )}
      {result.missed.length > 0 && (
        <>
          <h3 class="heading-s">Signs you did not flag</h3>
          <ul class="list list--bullet">{result.missed.map((id) => <li key={id}>{title(id)}</li>)}</ul>
        </>
      )}
      {result.extra.length > 0 && (
        <>
          <h3 class="heading-s">You also flagged (worth discussing in supervision)</h3>
          <ul class="list list--bullet">{result.extra.map((id) => <li key={id}>{title(id)}</li>)}</ul>
        </>
      )}
      {scenario.explanation.map((paragraph, index) => (
        <p class="body" key={index}>
          {paragraph}
        </p>
      ))}
      <h3 class="heading-s">What the guidance says</h3>
      <ul class="list">
        {scenario.quotes.map((quote, index) => (
          <li key={index}>
            “{quote.text}” <span class="source">({citation(quote.source)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
