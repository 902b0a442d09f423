import { h } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { documentShortNames, editions } from '../../../content/editions';
import type { GuidanceDocument, GuidanceSection } from '../../../content/guidance/schema';
import type { DocumentId } from '../../../content/schema';
import { navigate, href, type LibraryRoute } from '../../app/routes';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { PageHeading } from '../../components/PageHeading';
import { allSections, guidanceLibrary, libraryDocument, resolveCitation } from '../../guidance/library';
import { searchLibrary, type TextPart } from '../../guidance/search';
import { sectionHeading } from '../../guidance/text';
import { GuidanceBlocks } from './GuidanceBlocks';

// The guidance library: the five documents the app is built from, readable and searchable offline,
// and the place every citation in the app opens.

/** Where "back" goes: the step, record or screen the worker opened the library from. */
function WayBack({ back }: { back?: string }) {
  if (!back) return null;
  const label = back.startsWith('#/draft/')
    ? 'Back to your journey'
    : back.startsWith('#/record/')
      ? 'Back to the record'
      : 'Back to where you were';
  return (
    <a class="back-link" href={back}>
      {label}
    </a>
  );
}

/** Matched words are marked with <mark>; every part is rendered as text. */
function Marked({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}

function LibraryHome({ route }: { route: LibraryRoute }) {
  useDocumentTitle('Guidance library');
  const query = route.q ?? '';
  const hits = useMemo(() => searchLibrary(query), [query]);
  const link = (doc: DocumentId, section?: string) =>
    href({ name: 'library', doc, section, back: route.back });
  return (
    <div>
      <WayBack back={route.back} />
      <PageHeading class="heading-l">Guidance library</PageHeading>
      <p class="body">
        The five documents this app is built from, in their own words, with their editions. Every “Source” in
        the app opens the section it names here.
      </p>
      <form class="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div class="form-group">
          <label class="label" for="library-search">
            Search all five documents
          </label>
          <input
            class="input"
            id="library-search"
            type="search"
            autocomplete="off"
            value={query}
            onInput={(event) =>
              navigate({ ...route, q: event.currentTarget.value || undefined }, { replace: true })
            }
          />
        </div>
        <button type="submit" class="button">
          Search
        </button>
      </form>
      {query.trim() && (
        <>
          <p class="body" role="status">
            {hits.length === 1 ? '1 section matches' : `${hits.length} sections match`} “{query.trim()}”
          </p>
          <ol class="search-results">
            {hits.map((hit) => (
              <li class="search-results__item" key={`${hit.doc}/${hit.section}`}>
                <a class="search-results__link" href={link(hit.doc, hit.section)}>
                  {hit.documentName}: <Marked parts={hit.heading} />
                </a>
                <p class="search-results__excerpt">
                  <Marked parts={hit.excerpt} />
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
      <h2 class="heading-m">Documents</h2>
      <ul class="task-list">
        {guidanceLibrary.map((document) => (
          <li class="task-list__item" key={document.doc}>
            <a class="task-list__name" href={link(document.doc)}>
              {editions[document.doc].title}
            </a>
            <p class="task-list__hint">{editions[document.doc].date}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The contents list: every section with a heading of its own, nested as in the document. */
function Contents({
  sections,
  linkTo,
}: {
  sections: GuidanceSection[];
  linkTo: (section: GuidanceSection) => string;
}) {
  return (
    <ul class="list contents-list">
      {sections.map((section) => (
        <li key={section.id}>
          <a href={linkTo(section)}>{sectionHeading(section)}</a>
          {section.sections?.some((sub) => sub.title) && (
            <Contents sections={section.sections.filter((sub) => sub.title)} linkTo={linkTo} />
          )}
        </li>
      ))}
    </ul>
  );
}

function SectionView({
  section,
  level,
  current,
}: {
  section: GuidanceSection;
  level: number;
  current?: string;
}) {
  const headingId = `g-${section.id}-heading`;
  return (
    <section
      id={`g-${section.id}`}
      class={section.id === current ? 'guidance-section guidance-section--current' : 'guidance-section'}
      aria-labelledby={headingId}
    >
      {h(
        `h${Math.min(level, 6)}`,
        { id: headingId, class: level === 2 ? 'heading-m' : 'heading-s', tabIndex: -1 },
        sectionHeading(section),
        section.titleSupplied ? (
          <span class="quote-note"> (no heading in the document: the library’s title)</span>
        ) : null,
        section.number && typeof section.number === 'object' ? (
          <span class="quote-note"> (Repaired: the copy numbers it “{section.number.reads}”)</span>
        ) : null,
      )}
      <GuidanceBlocks blocks={section.blocks} level={level + 1} />
      {section.sections?.map((sub) => (
        <SectionView section={sub} level={level + 1} current={current} key={sub.id} />
      ))}
    </section>
  );
}

function DocumentView({ route, document }: { route: LibraryRoute; document: GuidanceDocument }) {
  const edition = editions[document.doc];
  const asked = route.section ?? route.cite;
  const target = route.section
    ? allSections(document).find((section) => section.id === route.section)?.id
    : route.cite
      ? resolveCitation({ doc: document.doc, section: route.cite })?.id
      : undefined;
  useDocumentTitle(documentShortNames[document.doc]);
  // Opened at a section, the page heading leaves focus alone: scroll to the section and move focus to its heading.
  useEffect(() => {
    if (!target) return;
    const heading = window.document.getElementById(`g-${target}-heading`);
    heading?.scrollIntoView?.({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [document.doc, target]);
  const sectionHref = (section: GuidanceSection) =>
    href({ name: 'library', doc: document.doc, section: section.id, back: route.back });
  return (
    <div>
      <WayBack back={route.back} />
      <p class="body">
        <a href={href({ name: 'library', back: route.back })}>Guidance library</a>
      </p>
      <span class="caption-l">{documentShortNames[document.doc]}</span>
      <PageHeading class="heading-l" takesFocus={!target}>
        {edition.title}
      </PageHeading>
      <p class="body">Edition: {edition.date}</p>
      {edition.notice && (
        <div class="inset">
          <p>{edition.notice}</p>
        </div>
      )}
      {asked && !target && (
        <div class="inset inset--reconstructed" role="status">
          <p>The section “{asked}” could not be found in this document, so the whole document is shown.</p>
        </div>
      )}
      <nav aria-labelledby="contents-heading">
        <h2 class="heading-m" id="contents-heading">
          Contents
        </h2>
        <Contents sections={document.sections} linkTo={sectionHref} />
      </nav>
      {document.sections.map((section) => (
        <SectionView section={section} level={2} current={target} key={section.id} />
      ))}
      {document.omissions.length > 0 && (
        <section class="guidance-section" aria-labelledby="omissions-heading">
          <h2 class="heading-m" id="omissions-heading">
            Left out of this copy
          </h2>
          <p class="body">
            Text in the copy the app is built from that cannot be read, or is not part of the guidance:
          </p>
          <ul class="list list--bullet">
            {document.omissions.map((omission) => (
              <li key={omission.reads}>
                “{omission.reads}”: <span class="quote-note">{omission.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

export function LibraryScreen({ route }: { route: LibraryRoute }) {
  if (!route.doc) return <LibraryHome route={route} />;
  const document = libraryDocument(route.doc as DocumentId);
  if (!document) {
    return <UnknownDocument route={route} />;
  }
  return <DocumentView route={route} document={document} key={document.doc} />;
}

function UnknownDocument({ route }: { route: LibraryRoute }) {
  useDocumentTitle('Document not found');
  return (
    <div>
      <WayBack back={route.back} />
      <PageHeading class="heading-l">Document not found</PageHeading>
      <p class="body">
        There is no document “{route.doc}” in the guidance library.{' '}
        <a href={href({ name: 'library', back: route.back })}>Open the guidance library</a>.
      </p>
    </div>
  );
}
