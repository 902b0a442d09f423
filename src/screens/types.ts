import type { ContentItem } from '../../content/schema';
import type { Answer, Finding } from '../../machines/journey';

/** What the journey runner gives every step screen. */
export interface StepScreenProps<C extends ContentItem = ContentItem> {
  step: string;
  content: C;
  /** What to show in the fields: unsubmitted input if there is some, else the saved answer. */
  initial: Answer | undefined;
  findings: Finding[];
  answers: Record<string, Answer>;
  onAnswer: (answer: Answer) => void;
  /** Called as the worker types or chooses, before Continue, so nothing typed is lost. */
  onInput: (answer: Answer) => void;
  onContinue: () => void;
  /** Starts another journey for the same case, when the content offers it. */
  onStartJourney?: (journeyId: string) => void;
}
