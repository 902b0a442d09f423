import { useState } from 'preact/hooks';
import type { TrainingLink } from '../../storage/schema';
import { abuseTypes, thresholdExamples } from '../../../content/thresholds';
import { contentById } from '../../../content';
import { thresholdFeedbackLabels, type PeterCaseStudy, type PeterStage } from '../../../content/scenarios';
import type { Answer } from '../../../machines/journey';
import {
  caseStudySteps,
  chosenValues,
  compareCaseStudyAttempt,
  compareSelfCheckAttempt,
  compareThresholdAttempt,
} from '../../../machines/rules/training';
import { href, navigate } from '../../app/routes';
import { CitationLink } from '../../components/SourceCitation';
import { SummaryList } from '../../components/SummaryList';
import { WarningText } from '../../components/WarningText';
import { toStorageError } from '../../storage/errors';
import { TrainingBanner } from './TrainingBanner';
import { findScenario, startPractice, type Scenario } from './scenarios';

const { questions, levels, bands, decisions } = thresholdFeedbackLabels;
/** A value's label from content, or the value itself should content not name it. */
const nameOf = (names: Record<string, string>, value: string) => names[value] ?? value;

// The per-question ratings are the scenario's reading, not the guidance's: the guidance only places the
// example in a column of its table (the feedback paragraphs say which).
const reading = 'This scenario’s reading';
const mark = (matched: boolean) =>
  matched ? 'Matches this scenario’s reading' : 'Differs from this scenario’s reading';

/**
 * A practice run's own parts. `banner`, above every step: the TRAINING banner and the scenario.
 * `feedback`, on outcome and complete screens: how the answers compare with where the guidance
 * places the scenario, or, in the case study, with what the review supports at the stage of `step`.
 * (Progress needs no saving here: it is derived from the runs themselves.)
 */
export function TrainingJourneyPanel({
  part,
  training,
  step,
  answers,
}: {
  part: 'banner' | 'feedback';
  training: TrainingLink;
  /** The step the run is on. */
  step: string;
  answers: Record<string, Answer>;
}) {
  const found = findScenario(training);
  if (part === 'banner') {
    // The case study tells its own story on every page, so the banner does not repeat it.
    return (
      <TrainingBanner>
        {found && found.kind !== 'peter' && (
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
      {found.kind === 'threshold' && <ThresholdFeedback found={found} answers={answers} />}
      {found.kind === 'nonEngagement' && <SelfCheckFeedback found={found} answers={answers} />}
      {found.kind === 'peter' && (
        <CaseStudyFeedback caseStudy={found.scenario} link={training} step={step} answers={answers} />
      )}
    </div>
  );
}

/** The labels of a stage's options, for the values given. */
const labelsOf = (stage: PeterStage, values: readonly string[]) =>
  values.map((value) => stage.question.options.find((option) => option.value === value)?.label ?? value);

/** After a stage: the trainee's decision beside the review's, in the review's words; at the end, every stage. */
function CaseStudyFeedback({
  caseStudy,
  link,
  step,
  answers,
}: {
  caseStudy: PeterCaseStudy;
  link: TrainingLink;
  step: string;
  answers: Record<string, Answer>;
}) {
  const stage = caseStudy.stages.find((each) => {
    const steps = caseStudySteps(each);
    return step === steps.matches || step === steps.differs;
  });
  if (stage) {
    const { feedback } = stage;
    return (
      <section class="feedback" aria-labelledby="feedback-title">
        <h2 class="heading-m" id="feedback-title">
          Feedback: {stage.learningPoint}
        </h2>
        <SummaryList
          rows={[
            {
              key: stage.question.title,
              lines: [
                `You chose: ${labelsOf(stage, chosenValues(answers[caseStudySteps(stage).question])).join('; ')}`,
              ],
            },
            { key: 'What the review supports', lines: labelsOf(stage, stage.expected) },
            { key: 'The review found', lines: [feedback.finding], sources: [feedback.source] },
            ...(feedback.actionTaken
              ? [{ key: 'Action taken', lines: [feedback.actionTaken], sources: [feedback.source] }]
              : []),
            ...(stage.interpretation ? [{ key: 'How this was read', lines: [stage.interpretation] }] : []),
          ]}
        />
      </section>
    );
  }
  const result = compareCaseStudyAttempt(caseStudy, answers);
  return (
    <section class="feedback" aria-labelledby="feedback-title">
      <h2 class="heading-m" id="feedback-title">
        How you did
      </h2>
      <p class="body">
        Your decisions matched what the review supports at {result.matched} of {caseStudy.stages.length}{' '}
        stages.
      </p>
      <SummaryList
        rows={result.stages.map(({ stage, given }, index) => ({
          key: `${index + 1}. ${stage.learningPoint}`,
          lines: [
            `You chose: ${labelsOf(stage, given).join('; ') || 'nothing'}`,
            `The review: ${labelsOf(stage, stage.expected).join('; ')}`,
          ],
        }))}
      />
      <StartAgain link={link} title={caseStudy.title} />
    </section>
  );
}

/** A new run of the case study, from its start; the finished one stays as it is. */
function StartAgain({ link, title }: { link: TrainingLink; title: string }) {
  const [problem, setProblem] = useState<string>();
  return (
    <>
      {problem && <WarningText>{problem}</WarningText>}
      <div class="button-group">
        <button
          type="button"
          class="button button--secondary"
          onClick={() =>
            startPractice(link, title).then(
              (draft) => navigate({ name: 'draft', draftId: draft.id }),
              (error) => setProblem(toStorageError(error).message),
            )
          }
        >
          Start the case study again
        </button>
        <a class="button button--secondary" href={href({ name: 'training' })}>
          Back to training
        </a>
      </div>
    </>
  );
}

function ThresholdFeedback({
  found,
  answers,
}: {
  found: Extract<Scenario, { kind: 'threshold' }>;
  answers: Record<string, Answer>;
}) {
  const { scenario } = found;
  const result = compareThresholdAttempt(scenario, answers);
  const example = thresholdExamples.find((entry) => entry.id === scenario.basedOn.exampleId);
  const typeLabel = abuseTypes.find((type) => type.value === example?.abuseType)?.label;
  return (
    <section class="feedback" aria-labelledby="feedback-title">
      <h2 class="heading-m" id="feedback-title">
        Feedback:{' '}
        {result.matched
          ? 'your ratings match this scenario’s reading'
          : 'some of your ratings differ from this scenario’s reading'}
      </h2>
      <SummaryList
        rows={[
          ...result.ratings.map((rating) => ({
            key: questions[rating.step],
            lines: [
              `You rated: ${rating.given ? nameOf(levels, rating.given) : 'not yet rated'}`,
              `${reading}: ${nameOf(levels, rating.expected)}`,
              mark(rating.matched),
            ],
          })),
          {
            key: 'Outcome',
            lines: [
              `Yours: ${result.band.given ? nameOf(bands, result.band.given) : 'not reached'}`,
              `${reading}: ${nameOf(bands, result.band.expected)}`,
              mark(result.band.matched),
            ],
          },
          ...(result.decision.given
            ? [
                {
                  key: 'Decision',
                  lines: [
                    `Yours: ${nameOf(decisions, result.decision.given)}`,
                    `Expected: ${nameOf(decisions, result.decision.expected)}`,
                    mark(result.decision.matched),
                  ],
                },
              ]
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
            The example this scenario is written from ({typeLabel}, {nameOf(levels, example.level)}): “
            {example.text}”{' '}
            <span class="source">
              (<CitationLink source={example.source} />)
            </span>
          </p>
        </div>
      )}
      {!result.matched && (
        <WarningText>
          Go back to the questions to change a rating and see how the outcome changes.
        </WarningText>
      )}
    </section>
  );
}

function SelfCheckFeedback({
  found,
  answers,
}: {
  found: Extract<Scenario, { kind: 'nonEngagement' }>;
  answers: Record<string, Answer>;
}) {
  const { scenario } = found;
  const result = compareSelfCheckAttempt(scenario, answers);
  const title = (id: string) => contentById.get(id)?.title ?? id;
  return (
    <section class="feedback" aria-labelledby="feedback-title">
      <h2 class="heading-m" id="feedback-title">
        Feedback:{' '}
        {result.matched ? 'you spotted the signs in this scenario' : 'there are signs you did not flag'}
      </h2>
      {result.spotted.length > 0 && (
        <>
          <h3 class="heading-s">Signs you spotted</h3>
          <ul class="list list--bullet">
            {result.spotted.map((id) => (
              <li key={id}>{title(id)}</li>
            ))}
          </ul>
        </>
      )}
      {result.missed.length > 0 && (
        <>
          <h3 class="heading-s">Signs you did not flag</h3>
          <ul class="list list--bullet">
            {result.missed.map((id) => (
              <li key={id}>{title(id)}</li>
            ))}
          </ul>
        </>
      )}
      {result.extra.length > 0 && (
        <>
          <h3 class="heading-s">You also flagged (worth discussing in supervision)</h3>
          <ul class="list list--bullet">
            {result.extra.map((id) => (
              <li key={id}>{title(id)}</li>
            ))}
          </ul>
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
            “{quote.text}”{' '}
            <span class="source">
              (<CitationLink source={quote.source} />)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
