import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
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
import { findDecision, positionsToSave, writePosition, type DecisionKey, type Move, type Point } from '../graph-model';

/** A decision (or its section) changed or deleted since the dialog was opened: there is nothing left to change. */
export class GoneError extends Error {}

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

  /** The graph as the dashboard holds it now (not as it was when a dialog was opened). */
  const latestGraph = useCallback(
    () => ({
      sections: queryClient.getQueryData<Section[]>(narrativeKeys.sections(charID)) ?? [],
      triggers: queryClient.getQueryData<Trigger[]>(narrativeKeys.triggers(charID)) ?? [],
    }),
    [queryClient, charID],
  );

  /**
   * Adds, changes or deletes one decision. The section's decisions are read when the change is
   * sent, so a decision changed elsewhere meanwhile is not written back; the one to change or
   * delete is found by where it leads and its criteria.
   */
  const changeDecision = useMutation({
    mutationFn: ({ sectionId, decision, next }: { sectionId: string; decision: DecisionKey | null; next: DecisionFields | null }) => {
      const section = latestGraph().sections.find((each) => each.section_id === sectionId);
      if (!section) throw new GoneError('That section is no longer in the graph.');
      const decisions = decisionFieldsOf(section);
      const at = decision ? findDecision(decisions, decision) : decisions.length;
      if (at < 0) throw new GoneError('That decision was changed or deleted meanwhile; nothing was saved.');
      const changed =
        next === null
          ? decisions.filter((_each, index) => index !== at)
          : [...decisions.slice(0, at), { ...decisions[at], ...next }, ...decisions.slice(at + 1)];
      return editSection({ character_id: charID, section_id: sectionId, updated_data: { decisions: changed } });
    },
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
    onMutate: async (on) => {
      // A refetch on its way would overwrite the switch with what it was.
      await queryClient.cancelQueries({ queryKey: characterKeys.detail(charID) });
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
   * back while the calls are on their way); only the moved nodes' records change, the rest stay the
   * same objects (so only those render again). A call that fails brings the stored places back.
   */
  const savePositions = useMutation({
    mutationFn: (moves: Move[]) =>
      Promise.all(
        moves.map((move) =>
          move.kind === 'section'
            ? editSection({ character_id: charID, section_id: move.id, updated_data: { node_position: writePosition(move.point) } })
            : updateTrigger({ character_id: charID, trigger_id: move.id, updated_data: { node_position: writePosition(move.point) } }),
        ),
      ),
    onMutate: async (moves) => {
      // A refetch on its way would bring back the places from before the move.
      await Promise.all([
        queryClient.cancelQueries({ queryKey: narrativeKeys.sections(charID) }),
        queryClient.cancelQueries({ queryKey: narrativeKeys.triggers(charID) }),
      ]);
      const sectionMoves = new Map(moves.filter((move) => move.kind === 'section').map((move) => [move.id, move.point]));
      const triggerMoves = new Map(moves.filter((move) => move.kind === 'trigger').map((move) => [move.id, move.point]));
      if (sectionMoves.size > 0) {
        queryClient.setQueryData<Section[]>(narrativeKeys.sections(charID), (sections) =>
          sections?.map((section) => {
            const point = sectionMoves.get(section.section_id);
            return point ? { ...section, node_position: writePosition(point) } : section;
          }),
        );
      }
      if (triggerMoves.size > 0) {
        queryClient.setQueryData<Trigger[]>(narrativeKeys.triggers(charID), (triggers) =>
          triggers?.map((trigger) => {
            const point = triggerMoves.get(trigger.trigger_id);
            return point ? { ...trigger, node_position: writePosition(point) } : trigger;
          }),
        );
      }
    },
    onError: refresh,
  });
  const { mutate: savePlaces } = savePositions;
  /** Nodes let go: saved with every node still without a stored place (see positionsToSave), in one batch. */
  const saveMoves = useCallback(
    (moves: Move[]) => {
      const { sections, triggers } = latestGraph();
      savePlaces(positionsToSave(sections, triggers, moves));
    },
    [latestGraph, savePlaces],
  );

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
    saveMoves,
    changeDecision,
    latestGraph,
  };
}

export type NarrativeMutations = ReturnType<typeof useNarrativeMutations>;
