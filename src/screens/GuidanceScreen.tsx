import type { ContentItem, InformationContent, OutcomeContent } from '../../content/schema';
import { Button } from '../components/Button';
import { ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { WarningText } from '../components/WarningText';
import { AnswerFindings, Passage, PointerFindings, QuoteFindings } from './Findings';
import type { StepScreenProps } from './types';
import { PageHeading } from '../components/PageHeading';

interface GuidanceScreenProps extends StepScreenProps<InformationContent | OutcomeContent> {
  contentOf: (step: string) => ContentItem | undefined;
}

/** Information, warning and outcome steps: guidance to read, then Continue. */
export function GuidanceScreen({
  content,
  findings,
  answers,
  onContinue,
  onStartJourney,
  contentOf,
}: GuidanceScreenProps) {
  const isOutcome = content.kind === 'outcome';
  return (
    <div>
      {isOutcome && <span class="caption-l">Outcome</span>}
      <PageHeading class="heading-l">{content.title}</PageHeading>
      <Passage content={content} />
      <AnswerFindings findings={findings} answers={answers} contentOf={contentOf} />
      <PointerFindings findings={findings} onStartJourney={onStartJourney} />
      <QuoteFindings findings={findings} />
      {content.warning && <WarningText>{content.warning}</WarningText>}
      <ReconstructedNote reconstruction={content.reconstructed} />
      <Button type="button" onClick={onContinue}>
        Continue
      </Button>
      <SourceCitation sources={[content.source, ...(content.alsoFrom ?? [])]} />
    </div>
  );
}
