import type {
  GuidanceBlock,
  GuidanceCell,
  GuidanceListItem,
  GuidanceSection,
  Words,
} from '../../content/guidance/schema';
import {
  abuseTypes,
  examplesColumnsNote,
  examplesOmitted,
  examplesUncertain,
  ratingLevels,
  thresholdExamples,
} from '../../content/thresholds';

// The plain text of the library, for searching it and for checking it against the source documents.

export const wordsText = (words: Words): string => (typeof words === 'string' ? words : words.text);

const itemText = (item: GuidanceListItem): string =>
  typeof item === 'object' && 'items' in item
    ? [wordsText(item.item), ...item.items.map(wordsText)].join('\n')
    : wordsText(item);

const cellText = (cell: GuidanceCell): string => {
  if (typeof cell === 'object' && 'missing' in cell) return cell.missing;
  if (typeof cell === 'object' && 'blocks' in cell) return blocksText(cell.blocks);
  return wordsText(cell);
};

/** The examples table as the library shows it: headings, examples, and the notes on what was left out. */
export const thresholdExamplesText = (): string =>
  [
    examplesColumnsNote.text,
    ...ratingLevels.map((level) => level.examplesHeading),
    ...abuseTypes.map((type) => type.label),
    ...thresholdExamples.map((example) => example.text),
    ...examplesOmitted.map((omission) => omission.note),
    ...examplesUncertain.map((note) => note.note),
  ].join('\n');

function blockText(block: GuidanceBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return wordsText(block.text);
    case 'heading':
      return block.text;
    case 'list':
      return block.items.map(itemText).join('\n');
    case 'table':
      return [
        block.caption,
        block.head.join('\t'),
        ...block.rows.map((row) => row.map(cellText).join('\t')),
      ].join('\n');
    case 'missing':
      return block.missing;
    case 'thresholdExamples':
      return [block.head.map(wordsText).join('\t'), thresholdExamplesText()].join('\n');
  }
}

export const blocksText = (blocks: GuidanceBlock[]): string => blocks.map(blockText).join('\n');

/** A section's heading as shown: its number and title, as the document prints them. */
export const sectionHeading = (section: GuidanceSection): string =>
  [section.number && wordsText(section.number), section.title].filter(Boolean).join(' ');

/** The text of one section without its subsections. */
export const sectionText = (section: GuidanceSection): string => blocksText(section.blocks);
