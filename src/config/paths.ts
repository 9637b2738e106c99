import { writeSessionListSearch, type SessionListSearch } from '@/lib/session-list-search';

/** Every URL of the app, built in one place. */
export const paths = {
  home: () => '/',
  characters: {
    list: (search?: { q?: string; sort?: string }) => {
      const params = new URLSearchParams();
      if (search?.q) params.set('q', search.q);
      if (search?.sort) params.set('sort', search.sort);
      const query = params.toString();
      return query ? `/characters?${query}` : '/characters';
    },
    new: () => '/characters/new',
    edit: (id: string) => `/characters/${encodeURIComponent(id)}`,
    /** A character's sessions, the list narrowed by `filters` (written as the list reads them: src/lib/session-list-search.ts). */
    sessions: (id: string, filters: SessionListSearch = {}) => {
      const query = writeSessionListSearch(new URLSearchParams(), filters).toString();
      return `/characters/${encodeURIComponent(id)}/sessions${query ? `?${query}` : ''}`;
    },
    /** A transcript; `exchange` (1-based) opens it at that exchange, `find` with that search, `queue` in the review queue. */
    session: (id: string, sessionId: string, at?: { exchange?: number; find?: string; queue?: boolean }) => {
      const params = new URLSearchParams();
      if (at?.find) params.set('find', at.find);
      if (at?.queue) params.set('queue', '1');
      const query = params.toString();
      return `/characters/${encodeURIComponent(id)}/sessions/${encodeURIComponent(sessionId)}${query ? `?${query}` : ''}${at?.exchange ? `#exchange-${at.exchange}` : ''}`;
    },
    /** Two sessions side by side (either may be left to choose). */
    compareSessions: (id: string, sessions: { a?: string; b?: string } = {}) => {
      const params = new URLSearchParams();
      if (sessions.a) params.set('a', sessions.a);
      if (sessions.b) params.set('b', sessions.b);
      const query = params.toString();
      return `/characters/${encodeURIComponent(id)}/sessions/compare${query ? `?${query}` : ''}`;
    },
    chat: (id: string) => `/characters/${encodeURIComponent(id)}/chat`,
    narrative: (id: string) => `/characters/${encodeURIComponent(id)}/narrative`,
    knowledge: (id: string) => `/characters/${encodeURIComponent(id)}/knowledge`,
    /** A character's history; `compare` opens it comparing version `from` with `to` (the current one when left out). */
    history: (id: string, compare?: { from: number; to?: number }) => {
      const params = new URLSearchParams();
      if (compare) params.set('from', String(compare.from));
      if (compare?.to !== undefined) params.set('to', String(compare.to));
      const query = params.toString();
      return `/characters/${encodeURIComponent(id)}/history${query ? `?${query}` : ''}`;
    },
  },
  /** The account's knowledge bank: every document, and which characters use it. */
  knowledge: () => '/knowledge',
  backstory: () => '/backstory',
  /** Deleted characters, restorable for 30 days (local mode). */
  trash: () => '/trash',
  /** How the characters are doing over time: one character or `all`, over a range of days (left out: the server's default). */
  insights: (search?: { character?: string; from?: string; to?: string }) => {
    const params = new URLSearchParams();
    if (search?.character && search.character !== 'all') params.set('character', search.character);
    if (search?.from) params.set('from', search.from);
    if (search?.to) params.set('to', search.to);
    const query = params.toString();
    return query ? `/insights?${query}` : '/insights';
  },
  settings: () => '/settings',
} as const;

/** Route patterns for the router, kept beside the builders above. */
export const routePatterns = {
  characters: '/characters',
  newCharacter: '/characters/new',
  character: '/characters/:characterId',
  sessions: 'sessions',
  session: 'sessions/:sessionId',
  sessionCompare: 'sessions/compare',
  chat: 'chat',
  narrative: 'narrative',
  characterKnowledge: 'knowledge',
  history: 'history',
  knowledge: '/knowledge',
  backstory: '/backstory',
  trash: '/trash',
  insights: '/insights',
  settings: '/settings',
} as const;
