import { useQuery } from '@tanstack/react-query';
import { knowledgeQueries, pollInterval } from '@/api/knowledge';

/**
 * The account's documents (`status` said for `characterId`, or for none), asked for again while
 * one of them is being processed, until each is ready or failed (see pollInterval).
 */
export function useKnowledgeList(characterId: string | null, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...knowledgeQueries.list(characterId),
    enabled: options.enabled ?? true,
    refetchInterval: (query) => pollInterval(query.state.data),
  });
}
