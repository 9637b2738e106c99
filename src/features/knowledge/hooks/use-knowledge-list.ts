import { useQuery } from '@tanstack/react-query';
import { isProcessing, knowledgeQueries, POLL_MS } from '@/api/knowledge';

/**
 * The account's documents (`status` said for `characterId`, or for none), asked for again every
 * second while one of them is being processed, until each is ready or failed.
 */
export function useKnowledgeList(characterId: string | null, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...knowledgeQueries.list(characterId),
    enabled: options.enabled ?? true,
    refetchInterval: (query) => (query.state.data?.some(isProcessing) ? POLL_MS : false),
  });
}
