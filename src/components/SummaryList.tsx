import type { Source } from '../../content/schema';
import { CitationLinks } from './SourceCitation';

export interface SummaryRowView {
  key: string;
  /** Each line of the value; free text is rendered as text, never as markup. */
  lines: string[];
  /** Where the row's words come from, shown as links to those sections of the guidance. */
  sources?: readonly Source[];
  /** The Change link, with hidden text naming what it changes. */
  change?: { label: string; onChange: () => void };
}

export function SummaryList({ rows }: { rows: SummaryRowView[] }) {
  return (
    <dl class="summary-list">
      {rows.map((row, index) => (
        <div class="summary-list__row" key={index}>
          <dt class="summary-list__key">{row.key}</dt>
          <dd class="summary-list__value">
            {row.lines.map((line, lineIndex) => (
              <p class="summary-list__line" key={lineIndex}>
                {line}
              </p>
            ))}
          </dd>
          {row.change && (
            <dd class="summary-list__actions">
              <button type="button" class="link-button" onClick={row.change.onChange}>
                Change<span class="visually-hidden"> {row.change.label}</span>
              </button>
            </dd>
          )}
          {row.sources && row.sources.length > 0 && (
            <dd class="summary-list__source source">
              Source: <CitationLinks sources={row.sources} />
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
