import { documentShortNames } from '../../content/editions';
import type { Source } from '../../content/schema';

/** A citation as the app, the record view and the PDF all write it: the document's short name, then the section. */
export const citation = (source: Source): string => `${documentShortNames[source.doc]}, ${source.section}`;
