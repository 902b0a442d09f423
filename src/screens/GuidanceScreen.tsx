import type { ComponentChildren } from 'preact';
import type { ContentItem, InformationContent, OutcomeContent } from '../../content/schema';
import { Button } from '../components/Button';
import { ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { WarningText } from '../components/WarningText';
import { AnswerFindings, Passage, PointerFindings, QuoteFindings, SituationPassage } from './Findings';
import type { StepScreenProps } from './types';
import { PageHeading } from '../components/PageHeading';

interface GuidanceScreenProps extends StepScreenProps<InformationContent | OutcomeContent> {
  contentOf: (step: string) => ContentItem | undefined;
  /** What the app adds to the step before its button, such as a practice run's feedback. */
  children?: ComponentChildren;
}

/** Information, warning and outcome steps: guidance to read, then Continue. */
export function GuidanceScreen({
  content,
  findings,
  answers,
  onContinue,
  onStartJourney,
  contentOf,
  children,
}: GuidanceScreenProps) {
  const caption = content.caption ?? (content.kind === 'outcome' ? 'Outcome' : undefined);
  return (
    <div>
      {caption && <span class="caption-l">{caption}</span>}
      <SituationPassage situation={content.situation} />
      <PageHeading class="heading-l">{content.title}</PageHeading>
      <Passage content={content} />
      <AnswerFindings findings={findings} answers={answers} contentOf={contentOf} />
      <PointerFindings findings={findings} onStartJourney={onStartJourney} />
      <QuoteFindings findings={findings} />
      {children}
      {content.warning && <WarningText>{content.warning}</WarningText>}
      <ReconstructedNote reconstruction={content.reconstructed} />
      <Button type="button" onClick={onContinue}>
        {content.continueLabel ?? 'Continue'}
      </Button>
      <SourceCitation sources={[content.source, ...(content.alsoFrom ?? [])]} />
    </div>
  );
}
