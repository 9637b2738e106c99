import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { chooseLocalModel, chooseOfflineWriter, localModelKeys } from '@/api/local-models';
import { statusKeys, type Status } from '@/api/status';
import type { LocalModelChange, LocalModelsAnswer } from '@contract/schemas/local-models';

/** Shows the change at once (the model in use, the generator in the status), then asks again. */
function applyChange(queryClient: QueryClient, change: LocalModelChange) {
  queryClient.setQueryData<LocalModelsAnswer>(localModelKeys.all, (list) => (list?.offered ? { ...list, inUse: change.inUse } : list));
  queryClient.setQueryData<Status>(statusKeys.all, (status) => (status ? { ...status, generator: change.generator } : status));
  // Not awaited: the choice is made; looking at the servers again may take a moment.
  void queryClient.invalidateQueries({ queryKey: localModelKeys.all });
  void queryClient.invalidateQueries({ queryKey: statusKeys.all });
}

/** Makes a local server's model write backstories and replies. */
export function useChooseLocalModel() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: chooseLocalModel, onSuccess: (change) => applyChange(queryClient, change) });
}

/** Goes back to the offline writer. */
export function useChooseOfflineWriter() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: chooseOfflineWriter, onSuccess: (change) => applyChange(queryClient, change) });
}
