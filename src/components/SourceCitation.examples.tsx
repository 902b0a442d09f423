import { contentById } from '../../content';
import type { Example } from './example';
import { ReconstructedNote, SourceCitation } from './SourceCitation';

/** A page the app had to piece together from the damaged flowchart: it cites two places and says so. */
const atRisk = contentById.get('ne.atRisk')!;

export const examples: Example[] = [
  {
    name: 'a page’s sources',
    render: () => (
      <SourceCitation sources={[atRisk.source, ...('alsoFrom' in atRisk ? (atRisk.alsoFrom ?? []) : [])]} />
    ),
  },
  {
    name: 'the note on wording the guidance lacks',
    render: () => (
      <ReconstructedNote reconstruction={'reconstructed' in atRisk ? atRisk.reconstructed : undefined} />
    ),
  },
];
