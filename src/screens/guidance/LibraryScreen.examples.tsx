// Named examples of the guidance library's screens, rendered by the component tests (axe, behaviour).
import { guidanceLibrary } from '../../../content/guidance';
import type { Example } from '../../components/example';
import { LibraryScreen } from './LibraryScreen';

const backToStep = '#/draft/example-draft';

export const examples: Example[] = [
  { name: 'the library: its five documents', render: () => <LibraryScreen route={{ name: 'library' }} /> },
  {
    name: 'a search with results across documents',
    render: () => <LibraryScreen route={{ name: 'library', q: 'capacity' }} />,
  },
  {
    name: 'a search that matches nothing',
    render: () => <LibraryScreen route={{ name: 'library', q: 'zzzzqx' }} />,
  },
  {
    name: 'a citation opened from a journey step, with the way back',
    render: () => (
      <LibraryScreen
        route={{
          name: 'library',
          doc: 'thresholds',
          cite: '§15.3 Safeguarding Adults Threshold, question 2',
          back: backToStep,
        }}
      />
    ),
  },
  ...guidanceLibrary.map((document): Example => ({
    name: `the whole of ${document.file}`,
    render: () => <LibraryScreen route={{ name: 'library', doc: document.doc }} />,
  })),
  {
    name: 'a citation naming no section of the document',
    render: () => (
      <LibraryScreen route={{ name: 'library', doc: 'partnership', cite: '§9 Not in this document' }} />
    ),
  },
  {
    name: 'a document the library does not have',
    render: () => <LibraryScreen route={{ name: 'library', doc: 'retired-document' }} />,
  },
];
