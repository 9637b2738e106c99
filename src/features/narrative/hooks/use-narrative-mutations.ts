import { useMutation, useQueryClient } from '@tanstack/react-query';
import { characterKeys, updateCharacter } from '@/api/characters';
import {
  createSection,
  createTrigger,
  deleteSection,
  deleteTrigger,
  editSection,
  narrativeKeys,
  toggleNarrativeDriven,
  updateTrigger,
} from '@/api/narrative';
import type { Character } from '@contract/schemas/characters';
import type { DecisionFields, Section, SectionFields, Trigger, TriggerFields } from '@contract/schemas/narrative';
import { writePosition, type Point } from '../graph-model';

/** A section's decisions as edit-section takes them back: the record's, without what the record adds. */
export const decisionFieldsOf = (section: Section): DecisionFields[] =>
  (section.decisions ?? []).map(({ criteria, next_section_id, priority }) => ({
    criteria,
    next_section_id,
    ...(priority !== undefined && priority !== null ? { priority } : {}),
  }));

/** Every change to one character's graph; each refreshes the graph (and the character, where it changes it). */
export function useNarrativeMutations(charID: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: narrativeKeys.ofCharacter(charID) });
  const refreshCharacter = () => queryClient.invalidateQueries({ queryKey: characterKeys.detail(charID) });

  const addSection = useMutation({
    mutationFn: (fields: { section_name: string; objective: string; node_position?: Point }) =>
      createSection({ character_id: charID, ...fields }),
    onSuccess: refresh,
  });

  const changeSection = useMutation({
    mutationFn: ({ sectionId, changes }: { sectionId: string; changes: Partial<SectionFields> }) =>
      editSection({ character_id: charID, section_id: sectionId, updated_data: changes }),
    onSuccess: refresh,
  });

  const removeSection = useMutation({
    mutationFn: (sectionId: string) => deleteSection(charID, sectionId),
    // The start section may have gone with it.
    onSuccess: () => Promise.all([refresh(), refreshCharacter()]),
  });

  const addTrigger = useMutation({
    mutationFn: (fields: { trigger_name: string; trigger_message: string; destination_section: string | null; node_position?: Point }) =>
      createTrigger({ character_id: charID, ...fields }),
    onSuccess: refresh,
  });

  const changeTrigger = useMutation({
    mutationFn: ({ triggerId, changes }: { triggerId: string; changes: Partial<TriggerFields> }) =>
      updateTrigger({ character_id: charID, trigger_id: triggerId, updated_data: changes }),
    onSuccess: refresh,
  });

  const removeTrigger = useMutation({
    mutationFn: (triggerId: string) => deleteTrigger(charID, triggerId),
    onSuccess: refresh,
  });

  const setNarrativeDriven = useMutation({
    mutationFn: (on: boolean) => toggleNarrativeDriven({ character_id: charID, is_narrative_driven: on }),
    onMutate: (on) => {
      queryClient.setQueryData<Character>(characterKeys.detail(charID), (character) =>
        character ? { ...character, is_narrative_driven: on } : character,
      );
    },
    onSettled: refreshCharacter,
  });

  const setStartSection = useMutation({
    mutationFn: (sectionId: string | null) => updateCharacter({ charID, start_narrative_section_id: sectionId }),
    onSuccess: refreshCharacter,
  });

  /**
   * Saves where nodes were let go. The graph's data takes the new places at once (so nothing jumps
   * back while the calls are on their way); a call that fails brings the stored places back.
   */
  const savePositions = useMutation({
    mutationFn: async (moves: Array<{ kind: 'section' | 'trigger'; id: string; point: Point }>) => {
      queryClient.setQueryData<Section[]>(narrativeKeys.sections(charID), (sections) =>
        sections?.map((section) => {
          const move = moves.find((item) => item.kind === 'section' && item.id === section.section_id);
          return move ? { ...section, node_position: writePosition(move.point) } : section;
        }),
      );
      queryClient.setQueryData<Trigger[]>(narrativeKeys.triggers(charID), (triggers) =>
        triggers?.map((trigger) => {
          const move = moves.find((item) => item.kind === 'trigger' && item.id === trigger.trigger_id);
          return move ? { ...trigger, node_position: writePosition(move.point) } : trigger;
        }),
      );
      await Promise.all(
        moves.map((move) =>
          move.kind === 'section'
            ? editSection({ character_id: charID, section_id: move.id, updated_data: { node_position: writePosition(move.point) } })
            : updateTrigger({ character_id: charID, trigger_id: move.id, updated_data: { node_position: writePosition(move.point) } }),
        ),
      );
    },
    onError: refresh,
  });

  return {
    addSection,
    changeSection,
    removeSection,
    addTrigger,
    changeTrigger,
    removeTrigger,
    setNarrativeDriven,
    setStartSection,
    savePositions,
  };
}

export type NarrativeMutations = ReturnType<typeof useNarrativeMutations>;
