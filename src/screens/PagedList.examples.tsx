import type { Example } from '../components/example';
import { PagedList, type ListSource } from './PagedList';

const references = Array.from({ length: 45 }, (_, i) => `EX-${String(45 - i).padStart(3, '0')}`);

/** A list kept in memory, as storage would page it: newest first, 20 at a time. */
const page = (after = 0) =>
  Promise.resolve({
    items: references.slice(after, after + 20),
    next: after + 20 < references.length ? after + 20 : undefined,
  });
const exampleSource: ListSource<string, number> = {
  first: () => page().then((first) => ({ total: references.length, page: first })),
  page,
  find: (search) => Promise.resolve(references.filter((reference) => reference.includes(search))),
};

const table = (items: string[]) => (
  <table class="table">
    <caption class="table__caption">Example entries</caption>
    <thead>
      <tr>
        <th scope="col">Case reference</th>
      </tr>
    </thead>
    <tbody>
      {items.map((reference) => (
        <tr key={reference}>
          <td>
            <a href={`#/example/${reference}`}>{reference}</a>
          </td>
        </tr>
      ))}
    </tbody>
  </table>
);

export const examples: Example[] = [
  {
    name: '45 entries, 20 shown with Show more',
    render: () => (
      <PagedList source={exampleSource} search="" noun={['entry', 'entries']} empty="No entries.">
        {table}
      </PagedList>
    ),
  },
  {
    name: 'a search with matches',
    render: () => (
      <PagedList source={exampleSource} search="EX-01" noun={['entry', 'entries']} empty="No entries.">
        {table}
      </PagedList>
    ),
  },
];
