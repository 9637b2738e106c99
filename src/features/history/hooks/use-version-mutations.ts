import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VersionSummary } from '@contract/schemas/versions';
import { characterKeys } from '@/api/characters';
import { knowledgeKeys } from '@/api/knowledge';
import { narrativeKeys } from '@/api/narrative';
import { nameVersion, restoreVersion, versionKeys } from '@/api/versions';

/**
 * Restores a version. Everything a version holds changes with it (the fields and settings, the
 * documents connected, the narrative), so every query showing any of them for this character is
 * asked again: the editor, the lists, the knowledge lists, the narrative, and the history itself.
 */
export function useRestoreVersion(charID: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (number: number) => restoreVersion(charID, number),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: versionKeys.list(charID) }),
        queryClient.invalidateQueries({ queryKey: characterKeys.detail(charID) }),
        queryClient.invalidateQueries({ queryKey: characterKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: knowledgeKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: narrativeKeys.ofCharacter(charID) }),
      ]),
  });
}

/** Names a version, or takes its name away (an empty name). */
export function useNameVersion(charID: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, name }: { number: number; name: string }) =>
      nameVersion(charID, number, name.trim() === '' ? null : name.trim()),
    onSuccess: (version) => {
      // The answer is the version as named: shown at once, then the list is asked again.
      queryClient.setQueryData<VersionSummary[]>(versionKeys.list(charID), (list) =>
        list?.map((entry) => (entry.number === version.number ? version : entry)),
      );
      return queryClient.invalidateQueries({ queryKey: versionKeys.list(charID) });
    },
  });
}
