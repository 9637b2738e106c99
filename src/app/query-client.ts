import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/api/client';
import { statusKeys } from '@/api/status';

// A call refused for want of the dashboard token: the status query learns it, and the shell asks.
const askForToken = (error: unknown) => {
  if (error instanceof ApiError && error.tokenRequired) void queryClient.invalidateQueries({ queryKey: statusKeys.all });
};

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: askForToken }),
  mutationCache: new MutationCache({ onError: askForToken }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Retrying a refusal (4xx) cannot help; a dropped connection may.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});
