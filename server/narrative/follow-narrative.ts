import type { CharacterRow } from '../db/characters';
import { decisionsOf, type NarrativeStore, type SectionRow, type StoredDecision, type TriggerRow } from '../db/narrative';
import type { ExchangeNarrative, SessionRow } from '../db/sessions';
import type { DecisionRequest } from '../generate/generator';
import { firstCriteriaMet } from './meets-criteria';

/** Judges which criteria the player's words meet: a model's judge, or the offline one. */
export type DecisionJudge = (request: DecisionRequest) => Promise<number | null>;

export const offlineJudge: DecisionJudge = (request) => Promise.resolve(firstCriteriaMet(request.userText, request.criteria));

/**
 * The order decisions are tried in: those with a priority first, the lowest number first; then the
 * rest, in the order the designer listed them. (Convai documents `priority` without its direction.)
 */
export function decisionOrder(decisions: StoredDecision[]): StoredDecision[] {
  const rank = (decision: StoredDecision) => (typeof decision.priority === 'number' ? decision.priority : Infinity);
  return decisions
    .map((decision, index) => ({ decision, index }))
    .sort((a, b) => rank(a.decision) - rank(b.decision) || a.index - b.index)
    .map(({ decision }) => decision);
}

/** The section a narrative-driven session is in: where it was left, else the start section, else the first created. */
export function currentSection(store: NarrativeStore, character: CharacterRow, session: SessionRow | undefined): SectionRow | undefined {
  const section = (id: string | null | undefined) => (id ? store.section(character.id, id) : undefined);
  return section(session?.current_section_id) ?? section(character.start_narrative_section_id) ?? store.firstSection(character.id);
}

const stayIn = (section: SectionRow): ExchangeNarrative => ({
  sectionId: section.id,
  sectionName: section.name,
  movedFrom: null,
  movedBy: null,
});

/**
 * Where this turn takes a narrative-driven session, and what took it there: a trigger fired moves it
 * to the trigger's destination; otherwise the first of the current section's decisions whose criteria
 * the player's words meet moves it to that decision's next section. Null when the character has no
 * sections yet.
 */
export async function narrativeTurn(options: {
  store: NarrativeStore;
  character: CharacterRow;
  session: SessionRow | undefined;
  trigger: TriggerRow | undefined;
  userText: string;
  history: DecisionRequest['history'];
  judge: DecisionJudge;
}): Promise<ExchangeNarrative | null> {
  const { store, character, trigger } = options;
  const from = currentSection(store, character, options.session);
  if (!from) return null;
  const moveTo = (to: SectionRow, movedBy: NonNullable<ExchangeNarrative['movedBy']>): ExchangeNarrative => ({
    sectionId: to.id,
    sectionName: to.name,
    movedFrom: from.id,
    movedBy,
  });

  if (trigger) {
    const to = trigger.destination_section ? store.section(character.id, trigger.destination_section) : undefined;
    // A trigger into the section the session is already in moves nothing.
    return to && to.id !== from.id ? moveTo(to, { kind: 'trigger', text: trigger.name }) : stayIn(from);
  }

  const decisions = decisionOrder(decisionsOf(from)).filter((decision) => decision.criteria.trim() !== '');
  if (decisions.length === 0) return stayIn(from);
  const chosen = await options.judge({
    character: { name: character.name, backstory: character.backstory },
    section: { name: from.name, objective: from.objective },
    history: options.history,
    userText: options.userText,
    criteria: decisions.map((decision) => decision.criteria),
  });
  const decision = chosen === null ? undefined : decisions[chosen];
  const to = decision ? store.section(character.id, decision.next_section_id) : undefined;
  return decision && to ? moveTo(to, { kind: 'decision', text: decision.criteria }) : stayIn(from);
}
