import { documentShortNames } from '../../content/editions';
import type { Reconstruction, Source } from '../../content/schema';

export const citation = (source: Source) => `${documentShortNames[source.doc]}, ${source.section}`;

/** Where the words on a screen come from, so a worker can find them in their local guidance. */
export function SourceCitation({ sources }: { sources: Source[] }) {
  return <p class="source">Source: {sources.map(citation).join('; ')}</p>;
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
