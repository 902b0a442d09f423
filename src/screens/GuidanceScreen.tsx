import { contentById } from '../../content';
import type { ContentItem, InformationContent, OutcomeContent } from '../../content/schema';
import { describeAnswer } from '../../machines/summary';
import type { Answer, Finding } from '../../machines/journey';
import { Button } from '../components/Button';
import { ReconstructedNote, SourceCitation } from '../components/SourceCitation';
import { WarningText } from '../components/WarningText';
import type { StepScreenProps } from './types';

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

/** The passages a rule pointed to, e.g. the guidance behind each concern selected. */
function PointerFindings({ findings }: { findings: Finding[] }) {
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
          <SourceCitation sources={[pointer.source]} />
        </section>
      ))}
    </>
  );
}

/** The questions a rule picked out, each with the answer given, e.g. the self-check's flagged questions. */
function AnswerFindings({ findings, answers, contentOf }: {
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
      {rows.map(({ step, content }) => (
        <li key={step}>
          {content.title} <strong>{describeAnswer(content, answers[step]).join(', ')}</strong>
        </li>
      ))}
    </ul>
  );
}

interface GuidanceScreenProps extends StepScreenProps<InformationContent | OutcomeContent> {
  contentOf: (step: string) => ContentItem | undefined;
}

/** Information, warning and outcome steps: guidance to read, then Continue. */
export function GuidanceScreen({ content, findings, answers, onContinue, contentOf }: GuidanceScreenProps) {
  const isOutcome = content.kind === 'outcome';
  return (
    <div>
      {isOutcome && <span class="caption-l">Outcome</span>}
      <h1 class="heading-l page-heading" tabIndex={-1}>
        {content.title}
      </h1>
      <Passage content={content} />
      <AnswerFindings findings={findings} answers={answers} contentOf={contentOf} />
      <PointerFindings findings={findings} />
      {content.warning && <WarningText>{content.warning}</WarningText>}
      <ReconstructedNote reconstruction={content.reconstructed} />
      <Button type="button" onClick={onContinue}>
        Continue
      </Button>
      <SourceCitation sources={[content.source, ...(content.alsoFrom ?? [])]} />
    </div>
  );
}
