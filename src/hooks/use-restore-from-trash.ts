import { useMutation, useQueryClient } from '@tanstack/react-query';
import { characterKeys } from '@/api/characters';
import { restoreFromTrash, trashKeys } from '@/api/trash';

/** Brings a character back from the trash; the character lists and the trash are asked for again. */
export function useRestoreFromTrash() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (charID: string) => restoreFromTrash(charID),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: characterKeys.all });
      void queryClient.invalidateQueries({ queryKey: trashKeys.all });
    },
  });
}
