import { h } from 'preact';
import type {
  GuidanceBlock,
  GuidanceCell,
  GuidanceListItem,
  Missing,
  Words,
} from '../../../content/guidance/schema';
import {
  abuseTypes,
  examplesColumnsNote,
  examplesOmitted,
  examplesUncertain,
  ratingLevels,
  thresholdExamples,
} from '../../../content/thresholds';

// The library's text as the document lays it out. Everything is rendered as text, never as markup.

/** Words as printed, or repaired with what the copy reads beside them. */
export function WordsView({ words }: { words: Words }) {
  if (typeof words === 'string') return <>{words}</>;
  return (
    <>
      {words.text}{' '}
      <span class="quote-note">
        (Repaired: the copy reads “{words.reads}”{words.note ? `. ${words.note}` : ''})
      </span>
    </>
  );
}

export function MissingNote({ missing }: Missing) {
  return (
    <div class="inset inset--reconstructed">
      <p>
        <strong>Cannot be read in this copy.</strong> {missing}
      </p>
    </div>
  );
}

function ListItemView({ item }: { item: GuidanceListItem }) {
  if (typeof item === 'object' && 'items' in item) {
    return (
      <li>
        <WordsView words={item.item} />
        <ul class="list list--bullet">
          {item.items.map((sub, index) => (
            <li key={index}>
              <WordsView words={sub} />
            </li>
          ))}
        </ul>
      </li>
    );
  }
  return (
    <li>
      <WordsView words={item} />
    </li>
  );
}

/** A table cell; headings inside it take the level of the section's own headings, so none is skipped. */
function CellView({ cell, header, level }: { cell: GuidanceCell; header?: boolean; level: number }) {
  const content =
    typeof cell === 'object' && 'missing' in cell ? (
      <MissingNote missing={cell.missing} />
    ) : typeof cell === 'object' && 'blocks' in cell ? (
      <GuidanceBlocks blocks={cell.blocks} level={level} />
    ) : (
      <WordsView words={cell} />
    );
  return header ? (
    <th scope="row" class="table__header">
      {content}
    </th>
  ) : (
    <td class="table__cell">{content}</td>
  );
}

const levelNames = { green: 'Green', amber: 'Amber', red: 'Red' } as const;

/** The thresholds guidance's examples table: one row per type of abuse, one column per level. */
function ThresholdExamplesTable({ head }: { head: Words[] }) {
  return (
    <>
      <div class="inset inset--reconstructed">
        <p>
          <strong>How this copy of the table was read.</strong> {examplesColumnsNote.text}
        </p>
      </div>
      <div class="table-scroll">
        <table class="table guidance-table">
          <caption class="table__caption">Examples of each level, by type of abuse</caption>
          <thead>
            <tr>
              {head.map((words, index) => (
                <th scope="col" class="table__header" key={index}>
                  {index > 0 && `${levelNames[ratingLevels[index - 1]!.value]}: `}
                  <WordsView words={words} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {abuseTypes.map((type) => (
              <tr key={type.value}>
                <th scope="row" class="table__header">
                  {type.label}
                  {examplesUncertain
                    .filter((note) => note.abuseType === type.value && !note.level)
                    .map((note) => (
                      <span class="quote-note" key={note.note}>
                        {' '}
                        {note.note}
                      </span>
                    ))}
                </th>
                {ratingLevels.map((level) => (
                  <td class="table__cell" key={level.value}>
                    <ul class="list list--bullet">
                      {thresholdExamples
                        .filter(
                          (example) => example.abuseType === type.value && example.level === level.value,
                        )
                        .map((example) => (
                          <li key={example.id}>
                            {example.text}
                            {example.repair && (
                              <span class="quote-note"> (Repaired: {example.repair.note})</span>
                            )}
                          </li>
                        ))}
                    </ul>
                    {examplesUncertain
                      .filter((note) => note.abuseType === type.value && note.level === level.value)
                      .map((note) => (
                        <p class="quote-note" key={note.note}>
                          {note.note}
                        </p>
                      ))}
                    {examplesOmitted
                      .filter(
                        (omission) => omission.abuseType === type.value && omission.level === level.value,
                      )
                      .map((omission) => (
                        <MissingNote key={omission.note} missing={omission.note} />
                      ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function BlockView({ block, level }: { block: GuidanceBlock; level: number }) {
  switch (block.kind) {
    case 'paragraph': {
      const words = <WordsView words={block.text} />;
      return (
        <p class="body">
          {block.style === 'strong' ? (
            <strong>{words}</strong>
          ) : block.style === 'italic' ? (
            <em>{words}</em>
          ) : (
            words
          )}
        </p>
      );
    }
    case 'heading':
      return h(`h${Math.min(level, 6)}`, { class: 'heading-s' }, block.text);
    case 'list':
      return h(
        block.ordered ? 'ol' : 'ul',
        { class: block.ordered ? 'list list--number' : 'list list--bullet' },
        block.items.map((item, index) => <ListItemView item={item} key={index} />),
      );
    case 'table':
      return (
        <div class="table-scroll">
          <table class="table guidance-table">
            <caption class="table__caption">{block.caption}</caption>
            <thead>
              <tr>
                {block.head.map((heading, index) => (
                  <th scope="col" class="table__header" key={index}>
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <CellView cell={cell} header={index === 0} level={level} key={index} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'missing':
      return <MissingNote missing={block.missing} />;
    case 'thresholdExamples':
      return <ThresholdExamplesTable head={block.head} />;
  }
}

/** A section's blocks; `level` is the heading level for headings inside it. */
export function GuidanceBlocks({ blocks, level }: { blocks: GuidanceBlock[]; level: number }) {
  return (
    <>
      {blocks.map((block, index) => (
        <BlockView block={block} level={level} key={index} />
      ))}
    </>
  );
}
