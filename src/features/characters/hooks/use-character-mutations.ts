import { useMutation, useQueryClient } from '@tanstack/react-query';
import { characterKeys, cloneCharacter, createCharacter, deleteCharacter, updateCharacter } from '@/api/characters';
import type { CharacterSummary } from '@contract/character';
import type { UpdateCharacterInput } from '@contract/schemas/characters';
import { getErrorMessage } from '@/lib/errors';
import { changedSettings, DEFAULT_LANGUAGE, emptyCharacterForm, type CharacterFormValues } from '../character-form-schema';

/**
 * Creates a character; the API's create takes no languages or AI settings, so choices other than
 * the defaults follow as one update.
 */
export function useCreateCharacter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (values: CharacterFormValues) => {
      const charID = await createCharacter({
        charName: values.name,
        voiceType: values.voiceType,
        backstory: values.backstory,
        ...(values.actions.length > 0 ? { actions: values.actions.join(', ') } : {}),
      });
      const defaultLanguages = values.languageCodes.length === 1 && values.languageCodes[0] === DEFAULT_LANGUAGE;
      const settings = changedSettings(emptyCharacterForm, values);
      if (!defaultLanguages || Object.keys(settings).length > 0) {
        try {
          await updateCharacter({ charID, ...(defaultLanguages ? {} : { languageCodes: values.languageCodes }), ...settings });
        } catch (error) {
          return { charID, settingsError: getErrorMessage(error) };
        }
      }
      return { charID, settingsError: null };
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: characterKeys.lists() }),
  });
}

/**
 * Saves changes; `baseVersion` is the version the page showed, when the server keeps versions (local
 * mode); `generated` says the backstory saved is a generated take as applied.
 */
export function useUpdateCharacter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, baseVersion, generated }: { input: UpdateCharacterInput; baseVersion?: number; generated?: boolean }) =>
      updateCharacter(input, { baseVersion, generated }),
    onSuccess: async (_result, { input }) => {
      await queryClient.invalidateQueries({ queryKey: characterKeys.detail(input.charID) });
      void queryClient.invalidateQueries({ queryKey: characterKeys.lists() });
    },
  });
}

/** Clones a character; a new name for the copy is set with an update, as the API's clone keeps the name. */
export function useCloneCharacter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ source, name, copyKnowledgeBank }: { source: CharacterSummary; name: string; copyKnowledgeBank: boolean }) => {
      const charID = await cloneCharacter({ charID: source.character_id, KB: copyKnowledgeBank });
      if (name !== source.character_name) {
        try {
          await updateCharacter({ charID, charName: name });
        } catch (error) {
          const reason = getErrorMessage(error);
          throw new Error(`The copy was made under the original name, but renaming it failed: ${reason}`);
        }
      }
      return charID;
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: characterKeys.lists() }),
  });
}

export function useDeleteCharacter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (character: CharacterSummary) => deleteCharacter(character.character_id),
    onSuccess: (_result, character) => {
      queryClient.setQueryData<CharacterSummary[]>(characterKeys.lists(), (list) =>
        list?.filter((item) => item.character_id !== character.character_id),
      );
      queryClient.removeQueries({ queryKey: characterKeys.detail(character.character_id) });
      void queryClient.invalidateQueries({ queryKey: characterKeys.lists() });
    },
  });
}
