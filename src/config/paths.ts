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
  },
  backstory: () => '/backstory',
} as const;

/** Route patterns for the router, kept beside the builders above. */
export const routePatterns = {
  characters: '/characters',
  newCharacter: '/characters/new',
  character: '/characters/:characterId',
  backstory: '/backstory',
} as const;
