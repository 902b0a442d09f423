// Routes live in the URL fragment, so the service worker serves one page for all of them and a reload
// returns to the same place.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'home' }
  | { name: 'start'; journeyId: string }
  | { name: 'draft'; draftId: string }
  | { name: 'deleteDraft'; draftId: string }
  | { name: 'examples' }
  | { name: 'record'; recordId: string }
  | { name: 'deleteRecord'; recordId: string }
  | { name: 'verify' }
  | { name: 'fingerprints' }
  | { name: 'training' }
  | { name: 'device' }
  | { name: 'removeAll' }
  | { name: 'removed' }
  | { name: 'lockSettings' }
  | LibraryRoute;

/**
 * The guidance library: the list of documents (no doc), a document, one of its sections, or the section a
 * citation names (`cite`, resolved by the library). `back` is the address to return to (the journey step
 * or record the worker came from); `q` is a search.
 */
export interface LibraryRoute {
  name: 'library';
  doc?: string;
  section?: string;
  cite?: string;
  back?: string;
  q?: string;
}

/** Only an address inside the app can be a way back. */
const inApp = (hash: string | null) => (hash && /^#\/[^#?]*$/.test(hash) ? hash : undefined);

function parseLibrary(path: string[], query: string): LibraryRoute {
  const params = new URLSearchParams(query);
  const route: LibraryRoute = { name: 'library' };
  if (path[0]) route.doc = decodeURIComponent(path[0]);
  if (path[1]) route.section = decodeURIComponent(path[1]);
  const cite = params.get('cite');
  const back = inApp(params.get('back'));
  const q = params.get('q');
  if (cite) route.cite = cite;
  if (back) route.back = back;
  if (q) route.q = q;
  return route;
}

function libraryHash(route: LibraryRoute): string {
  const path = [route.doc, route.doc && route.section]
    .filter(Boolean)
    .map((part) => `/${encodeURIComponent(part!)}`)
    .join('');
  const params = new URLSearchParams();
  if (route.cite) params.set('cite', route.cite);
  if (route.q) params.set('q', route.q);
  if (route.back) params.set('back', route.back);
  const query = params.toString();
  return `#/guidance${path}${query ? `?${query}` : ''}`;
}

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?');
  const [, name, id, ...rest] = path.split('/');
  if (name === 'guidance') return parseLibrary([id, ...rest], query);
  if (name === 'start' && id) return { name: 'start', journeyId: decodeURIComponent(id) };
  if (name === 'draft' && id) return { name: 'draft', draftId: decodeURIComponent(id) };
  if (name === 'delete' && id) return { name: 'deleteDraft', draftId: decodeURIComponent(id) };
  if (name === 'examples') return { name: 'examples' };
  if (name === 'record' && id) return { name: 'record', recordId: decodeURIComponent(id) };
  if (name === 'delete-record' && id) return { name: 'deleteRecord', recordId: decodeURIComponent(id) };
  if (name === 'verify') return { name: 'verify' };
  if (name === 'fingerprints') return { name: 'fingerprints' };
  if (name === 'device') return { name: 'device' };
  if (name === 'remove-all') return { name: 'removeAll' };
  if (name === 'removed') return { name: 'removed' };
  if (name === 'lock-settings') return { name: 'lockSettings' };
  if (name === 'training') return { name: 'training' };
  return { name: 'home' };
}

/** The link to a route, its ids URI-encoded: the one way the app writes a hash. */
export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'start':
      return `#/start/${encodeURIComponent(route.journeyId)}`;
    case 'draft':
      return `#/draft/${encodeURIComponent(route.draftId)}`;
    case 'deleteDraft':
      return `#/delete/${encodeURIComponent(route.draftId)}`;
    case 'examples':
      return '#/examples';
    case 'record':
      return `#/record/${encodeURIComponent(route.recordId)}`;
    case 'deleteRecord':
      return `#/delete-record/${encodeURIComponent(route.recordId)}`;
    case 'verify':
      return '#/verify';
    case 'fingerprints':
      return '#/fingerprints';
    case 'training':
      return '#/training';
    case 'device':
      return '#/device';
    case 'removeAll':
      return '#/remove-all';
    case 'removed':
      return '#/removed';
    case 'lockSettings':
      return '#/lock-settings';
    case 'library':
      return libraryHash(route);
  }
}

/** Addresses of earlier versions, kept so that bookmarks still work: each is replaced by where it now leads. */
const movedAddresses: Record<string, Route> = {
  '#/training/peter': { name: 'start', journeyId: 'peter' },
};

function currentRoute(): Route {
  const moved = movedAddresses[location.hash];
  if (!moved) return parseRoute(location.hash);
  history.replaceState(null, '', href(moved));
  return moved;
}

const listeners = new Set<() => void>();

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = href(route);
  if (options.replace) history.replaceState(null, '', hash);
  else history.pushState(null, '', hash);
  listeners.forEach((listener) => listener());
}

/** The route and the address it was read from. */
function locate(): { route: Route; hash: string } {
  const route = currentRoute();
  return { route, hash: location.hash };
}

export function useRoute(): Route {
  const [located, setLocated] = useState(locate);
  useEffect(() => {
    const update = () => setLocated(locate());
    // A new address fires both popstate and hashchange: the second finds the route already read, and
    // drawing the same screen again would only delay it.
    const moved = () => setLocated((current) => (current.hash === location.hash ? current : locate()));
    listeners.add(update);
    addEventListener('popstate', moved);
    addEventListener('hashchange', moved);
    // Listening starts only after the first render has painted. An address opened in that gap (while the
    // app is starting: a link followed, a bookmark typed) has had its hashchange already, unheard, and the
    // app would stay on the route it first read.
    if (location.hash !== located.hash) update();
    return () => {
      listeners.delete(update);
      removeEventListener('popstate', moved);
      removeEventListener('hashchange', moved);
    };
  }, []);
  return located.route;
}
