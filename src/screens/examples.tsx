// Named examples of each generic screen, in the way GOV.UK Frontend documents its components: each one
// renders a screen with real content from content/ and answers a worker might have given. The component
// tests render every example (axe, behaviour), and the same list can drive a visual catalogue.
//
// Callbacks are no-ops: an example shows a screen, it does not run a journey.
import type { JSX } from 'preact';
import { contentById } from '../../content';
import type { ContentItem } from '../../content/schema';
import type { Journey } from '../../machines';
import { stepMetas } from '../../machines';
import { collusionJourney } from '../../machines/collusion';
import { initialContext, type Answer, type Finding, type JourneyContext } from '../../machines/journey';
import { nonEngagementJourney } from '../../machines/non-engagement';
import { snapshotProblems } from '../../machines/restore';
import { summarise } from '../../machines/summary';
import { formatDateTime } from '../../machines/dates';
import type { DraftEnvelope } from '../storage/drafts';
import { StorageError } from '../storage/errors';
import { CheckAnswersScreen } from './CheckAnswersScreen';
import { ChecklistScreen } from './ChecklistScreen';
import { CompleteScreen } from './CompleteScreen';
import { DraftProblemScreen } from './DraftProblemScreen';
import { GuidanceScreen } from './GuidanceScreen';
import { HomeScreen } from './HomeScreen';
import { MultiSelectScreen } from './MultiSelectScreen';
import { QuestionScreen } from './QuestionScreen';
import { ReferenceForm } from './ReferenceForm';
import { TextScreen } from './TextScreen';
import type { StepScreenProps } from './types';

export interface ScreenExample {
  name: string;
  render: () => JSX.Element;
}

type ContentOfKind<K extends ContentItem['kind']> = Extract<ContentItem, { kind: K }>;

/** A content item by id, checked to be of the kind the screen expects, so a renamed id fails loudly. */
export function exampleContent<K extends ContentItem['kind']>(id: string, kind: K): ContentOfKind<K> {
  const item = contentById.get(id);
  if (!item) throw new Error(`Example content "${id}" does not exist`);
  if (item.kind !== kind) throw new Error(`Example content "${id}" is a ${item.kind}, not a ${kind}`);
  return item as ContentOfKind<K>;
}

/** The content shown at a step of a journey, as the journey runner looks it up. */
export const contentOfStep =
  (journey: Journey) =>
  (step: string): ContentItem | undefined => {
    const id = stepMetas(journey).get(step)?.contentId;
    return id ? contentById.get(id) : undefined;
  };

const noop = () => {};

/** The props the journey runner gives a step screen, with no-op callbacks. */
export function stepProps<C extends ContentItem>(
  step: string,
  content: C,
  fields: { initial?: Answer; findings?: Finding[]; answers?: Record<string, Answer> } = {},
): StepScreenProps<C> {
  return {
    step,
    content,
    initial: fields.initial,
    findings: fields.findings ?? [],
    answers: fields.answers ?? {},
    onAnswer: noop,
    onInput: noop,
    onContinue: noop,
  };
}

/** Free text as a worker might type it, including characters that must never be read as markup. */
export const exampleEvidenceText =
  'Three missed home visits since March. GP says <b>no contact</b> since January & the neighbour reports the curtains stay closed.';

/** Strategies partly worked through: some done, one planned, one ruled out with a reason. */
export const exampleStrategies: Answer = {
  kind: 'checklist',
  items: {
    calls: { status: 'done', note: 'Three calls, no answer, voicemail left each time' },
    homeVisits: { status: 'planned', note: 'Joint visit with district nurse booked' },
    letters: { status: 'done', note: '' },
    trustedFamilyMember: { status: 'notAppropriate', note: 'Family is the reason for concern' },
  },
};

/**
 * A non-engagement journey taken all the way to check answers: evidence given, two collusion flags, felt
 * at risk, concerns selected, and considering closing without the required checks.
 */
export const nonEngagementExampleContext: JourneyContext = {
  ...initialContext(),
  answers: {
    age: { kind: 'choice', choice: 'yes' },
    evidence: { kind: 'choice', choice: 'evidence' },
    evidenceDetail: { kind: 'text', text: exampleEvidenceText },
    avoidConflict: { kind: 'choice', choice: 'no' },
    minimising: { kind: 'choice', choice: 'notSure' },
    hesitantToShare: { kind: 'choice', choice: 'no' },
    keepingToMyself: { kind: 'choice', choice: 'yes' },
    relievedNoAnswer: { kind: 'choice', choice: 'no' },
    familyNeeds: { kind: 'choice', choice: 'no' },
    feelAtRisk: { kind: 'choice', choice: 'yes' },
    strategies: exampleStrategies,
    concerns: { kind: 'choices', choices: ['mca', 'gatekeeper', 'duress'] },
    nextSteps: {
      kind: 'checklist',
      items: {
        doNotClose: { status: 'done', note: '' },
        discussLineManager: { status: 'planned', note: 'Supervision on Thursday' },
      },
    },
    closing: { kind: 'choice', choice: 'yes' },
    closingRiskAssessment: { kind: 'choice', choice: 'no' },
    closingAgencyCheck: { kind: 'choice', choice: 'yes' },
  },
  path: [
    'age',
    'evidence',
    'evidenceDetail',
    'consider',
    'avoidConflict',
    'minimising',
    'hesitantToShare',
    'keepingToMyself',
    'relievedNoAnswer',
    'familyNeeds',
    'collusionDiscuss',
    'feelAtRisk',
    'atRisk',
    'strategies',
    'concerns',
    'concernPointers',
    'nextSteps',
    'inaction',
    'closing',
    'closingRiskAssessment',
    'closingAgencyCheck',
    'doNotClose',
    'dataProtection',
    'checkAnswers',
  ],
};

/** The "Am I colluding?" self-check with no signs, and a reflection left empty, finished. */
export const collusionExampleContext: JourneyContext = {
  ...initialContext(),
  answers: {
    avoidConflict: { kind: 'choice', choice: 'no' },
    minimising: { kind: 'choice', choice: 'no' },
    hesitantToShare: { kind: 'choice', choice: 'no' },
    keepingToMyself: { kind: 'choice', choice: 'no' },
    relievedNoAnswer: { kind: 'choice', choice: 'no' },
    familyNeeds: { kind: 'choice', choice: 'no' },
    reflection: { kind: 'text', text: '' },
  },
  path: [
    'avoidConflict',
    'minimising',
    'hesitantToShare',
    'keepingToMyself',
    'relievedNoAnswer',
    'familyNeeds',
    'reflection',
    'noSigns',
    'checkAnswers',
    'complete',
  ],
};

/** The self-check's answers that flag two questions (one yes, one not sure). */
export const flaggedCollusionAnswers: Record<string, Answer> = {
  avoidConflict: { kind: 'choice', choice: 'no' },
  minimising: { kind: 'choice', choice: 'notSure' },
  hesitantToShare: { kind: 'choice', choice: 'no' },
  keepingToMyself: { kind: 'choice', choice: 'yes' },
  relievedNoAnswer: { kind: 'choice', choice: 'no' },
  familyNeeds: { kind: 'choice', choice: 'no' },
};

export const exampleCaseReference = 'ASC-2026-00417';

const exampleCompletedAt = formatDateTime('2026-11-22T10:32:00Z');

const findingsOf = (journey: Journey, rule: string, answers: Record<string, Answer>): Finding[] => {
  const find = journey.findings[rule];
  if (!find) throw new Error(`Journey "${journey.id}" has no findings rule "${rule}"`);
  return find(answers);
};

/** A draft saved by an older version: it stopped at a step this version no longer has. */
const unfitDraft: DraftEnvelope = {
  id: 'example-unfit-draft',
  format: 1,
  journeyId: 'non-engagement',
  journeyVersion: 0,
  editions: [],
  caseReference: exampleCaseReference,
  snapshot: {
    status: 'active',
    value: 'riskToWorker',
    context: {
      answers: {
        age: { kind: 'choice', choice: 'yes' },
        evidence: { kind: 'choice', choice: 'somethingElse' },
        riskToWorker: { kind: 'text', text: 'Dog at the property <script>alert(1)</script>' },
      },
      path: ['age', 'evidence', 'riskToWorker'],
      changing: null,
    },
  },
  pending: {},
  status: 'inProgress',
  createdAt: '2026-03-02T09:15:00Z',
  updatedAt: '2026-03-02T09:40:00Z',
};

const neContentOf = contentOfStep(nonEngagementJourney);
const collusionContentOf = contentOfStep(collusionJourney);

export const screenExamples: Record<string, ScreenExample[]> = {
  QuestionScreen: [
    {
      name: 'yes or no, with hint (ne.age)',
      render: () => <QuestionScreen {...stepProps('age', exampleContent('ne.age', 'question'))} />,
    },
    {
      name: 'saved answer preselected (ne.age)',
      render: () => (
        <QuestionScreen {...stepProps('age', exampleContent('ne.age', 'question'), { initial: { kind: 'choice', choice: 'yes' } })} />
      ),
    },
    {
      name: 'three long options (ne.evidence)',
      render: () => <QuestionScreen {...stepProps('evidence', exampleContent('ne.evidence', 'question'))} />,
    },
    {
      name: 'self-check question with worded options (collusion.keepingToMyself)',
      render: () => (
        <QuestionScreen {...stepProps('keepingToMyself', exampleContent('collusion.keepingToMyself', 'question'))} />
      ),
    },
  ],
  MultiSelectScreen: [
    {
      name: 'concerns with exclusive "None of these" (ne.concerns)',
      render: () => <MultiSelectScreen {...stepProps('concerns', exampleContent('ne.concerns', 'multiSelect'))} />,
    },
    {
      name: 'concerns with saved choices (ne.concerns)',
      render: () => (
        <MultiSelectScreen
          {...stepProps('concerns', exampleContent('ne.concerns', 'multiSelect'), {
            initial: { kind: 'choices', choices: ['mca', 'duress'] },
          })}
        />
      ),
    },
    {
      name: '"None of these" chosen (ne.concerns)',
      render: () => (
        <MultiSelectScreen
          {...stepProps('concerns', exampleContent('ne.concerns', 'multiSelect'), {
            initial: { kind: 'choices', choices: ['none'] },
          })}
        />
      ),
    },
  ],
  TextScreen: [
    {
      name: 'required evidence (ne.evidenceDetail)',
      render: () => <TextScreen {...stepProps('evidenceDetail', exampleContent('ne.evidenceDetail', 'text'))} />,
    },
    {
      name: 'required evidence with saved text (ne.evidenceDetail)',
      render: () => (
        <TextScreen
          {...stepProps('evidenceDetail', exampleContent('ne.evidenceDetail', 'text'), {
            initial: { kind: 'text', text: exampleEvidenceText },
          })}
        />
      ),
    },
    {
      name: 'optional reflection (collusion.reflection)',
      render: () => <TextScreen {...stepProps('reflection', exampleContent('collusion.reflection', 'text'))} />,
    },
  ],
  ChecklistScreen: [
    {
      name: 'strategies with warning, partly filled in (ne.strategies)',
      render: () => (
        <ChecklistScreen
          {...stepProps('strategies', exampleContent('ne.strategies', 'checklist'), { initial: exampleStrategies })}
        />
      ),
    },
    {
      name: 'next steps, nothing recorded yet (ne.nextSteps)',
      render: () => <ChecklistScreen {...stepProps('nextSteps', exampleContent('ne.nextSteps', 'checklist'))} />,
    },
  ],
  GuidanceScreen: [
    {
      name: 'information with bullets (ne.consider)',
      render: () => (
        <GuidanceScreen {...stepProps('consider', exampleContent('ne.consider', 'information'))} contentOf={neContentOf} />
      ),
    },
    {
      name: 'information with reconstructed note and warning (ne.atRisk)',
      render: () => (
        <GuidanceScreen {...stepProps('atRisk', exampleContent('ne.atRisk', 'information'))} contentOf={neContentOf} />
      ),
    },
    {
      name: 'pointer findings for the concerns selected (ne.concernPointers)',
      render: () => (
        <GuidanceScreen
          {...stepProps('concernPointers', exampleContent('ne.concernPointers', 'information'), {
            answers: nonEngagementExampleContext.answers,
            findings: findingsOf(nonEngagementJourney, 'concernPointers', nonEngagementExampleContext.answers),
          })}
          contentOf={neContentOf}
        />
      ),
    },
    {
      name: 'outcome with answer findings (collusion.outcome.discuss)',
      render: () => (
        <GuidanceScreen
          {...stepProps('discuss', exampleContent('collusion.outcome.discuss', 'outcome'), {
            answers: flaggedCollusionAnswers,
            findings: findingsOf(collusionJourney, 'collusionFlags', flaggedCollusionAnswers),
          })}
          contentOf={collusionContentOf}
        />
      ),
    },
    {
      name: 'outcome with warning and missing checks (ne.outcome.doNotClose)',
      render: () => (
        <GuidanceScreen
          {...stepProps('doNotClose', exampleContent('ne.outcome.doNotClose', 'outcome'), {
            answers: nonEngagementExampleContext.answers,
            findings: findingsOf(nonEngagementJourney, 'missingClosingChecks', nonEngagementExampleContext.answers),
          })}
          contentOf={neContentOf}
        />
      ),
    },
    {
      name: 'outcome drawing on two sources (ne.outcome.under18)',
      render: () => (
        <GuidanceScreen
          {...stepProps('under18', exampleContent('ne.outcome.under18', 'outcome'))}
          contentOf={neContentOf}
        />
      ),
    },
  ],
  CheckAnswersScreen: [
    {
      name: 'non-engagement, full route with free text and outcomes',
      render: () => (
        <CheckAnswersScreen
          caseReference={exampleCaseReference}
          rows={summarise(nonEngagementJourney, nonEngagementExampleContext)}
          onChange={noop}
          onChangeReference={noop}
          onFinish={noop}
        />
      ),
    },
    {
      name: 'collusion self-check, empty optional reflection',
      render: () => (
        <CheckAnswersScreen
          caseReference={exampleCaseReference}
          rows={summarise(collusionJourney, collusionExampleContext)}
          onChange={noop}
          onChangeReference={noop}
          onFinish={noop}
        />
      ),
    },
  ],
  CompleteScreen: [
    {
      name: 'non-engagement journey complete',
      render: () => (
        <CompleteScreen
          journeyTitle={nonEngagementJourney.title}
          caseReference={exampleCaseReference}
          rows={summarise(nonEngagementJourney, nonEngagementExampleContext)}
          completedAt={exampleCompletedAt}
          onHome={noop}
        />
      ),
    },
    {
      name: 'collusion self-check complete',
      render: () => (
        <CompleteScreen
          journeyTitle={collusionJourney.title}
          caseReference={exampleCaseReference}
          rows={summarise(collusionJourney, collusionExampleContext)}
          completedAt={exampleCompletedAt}
          onHome={noop}
        />
      ),
    },
  ],
  ReferenceForm: [
    {
      name: 'starting a journey',
      render: () => <ReferenceForm submitLabel="Start" onSubmit={async () => {}} />,
    },
    {
      name: 'changing a saved reference',
      render: () => <ReferenceForm initial={exampleCaseReference} submitLabel="Save reference" onSubmit={async () => {}} />,
    },
  ],
  DraftProblemScreen: [
    {
      name: 'draft saved at a step that no longer exists',
      render: () => (
        <DraftProblemScreen
          draft={unfitDraft}
          journey={nonEngagementJourney}
          problems={snapshotProblems(nonEngagementJourney, unfitDraft.snapshot)}
        />
      ),
    },
    {
      name: 'draft of a journey this version does not have',
      render: () => (
        <DraftProblemScreen
          draft={{ ...unfitDraft, journeyId: 'retired-journey' }}
          problems={['This version of the app has no journey called "retired-journey".']}
        />
      ),
    },
  ],
  HomeScreen: [
    {
      name: 'drafts from this device',
      render: () => <HomeScreen />,
    },
    {
      name: 'storage unavailable',
      render: () => <HomeScreen storageProblem={new StorageError('unavailable')} />,
    },
  ],
};
