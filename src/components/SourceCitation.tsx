import { Fragment } from 'preact';
import type { Reconstruction, Source } from '../../content/schema';
import { href } from '../app/routes';
import { citation } from '../guidance/citation';

/**
 * Where a citation opens: the cited section in the guidance library, with the way back to the screen
 * the worker is on now (the library resolves the section, so this stays small enough for every screen).
 */
export const citationHref = (source: Source): string =>
  href({ name: 'library', doc: source.doc, cite: source.section, back: location.hash || undefined });

/** One citation as a link to its section in the guidance library. */
export function CitationLink({ source, label = citation(source) }: { source: Source; label?: string }) {
  return <a href={citationHref(source)}>{label}</a>;
}

/** A list of citations, each a link, separated as they were when they were plain text. */
export function CitationLinks({ sources }: { sources: readonly Source[] }) {
  return (
    <>
      {sources.map((source, index) => (
        <Fragment key={`${source.doc} ${source.section}`}>
          {index > 0 && '; '}
          <CitationLink source={source} />
        </Fragment>
      ))}
    </>
  );
}

/** Where the words on a screen come from, each a link to that section of the guidance. */
export function SourceCitation({ sources }: { sources: Source[] }) {
  return (
    <p class="source">
      Source: <CitationLinks sources={sources} />
    </p>
  );
}

/** A visible note wherever the app had to supply wording the damaged or silent source lacks. */
export function ReconstructedNote({ reconstruction }: { reconstruction?: Reconstruction }) {
  if (!reconstruction) return null;
  return (
    <div class="inset inset--reconstructed">
      <p>
        <strong>Not the guidance’s own words.</strong> {reconstruction.note}
      </p>
    </div>
  );
}
