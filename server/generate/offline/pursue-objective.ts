/**
 * What a narrative-driven character says to pursue its section's objective, offline: the designer's
 * objective ("Convince the player to help you find your lost cat") turned into something said to the
 * player ("Will you help me find my lost cat?"). Objectives that do not read as an action on the
 * player give nothing: the character then just answers, rather than reciting a note to itself.
 */

import nlp from 'compromise';
import { fill } from './bank';
import { upperFirst } from './render';
import { frames } from './story/banks';

/** A line for each step of `objective` that says what to do ("Greet the player and ask their name": two). */
export function objectiveLines(objective: string, pick: (list: string[]) => string): string[] {
  return stepsOf(objective)
    .map((step) => lineFor(step, pick))
    .filter((line): line is string => line !== null);
}

function lineFor(step: string, pick: (list: string[]) => string): string | null {
  const say = (frameName: string, x: string) => tidy(fill(pick(frames(frameName)), { x: spoken(x) }));

  let match: RegExpExecArray | null;
  if ((match = /^(?:greet|welcome|say hello to|introduce (?:yourself|myself) to)\b/i.exec(step)))
    return tidy(pick(frames('objectiveWelcome')));
  if ((match = /^(?:ask|get|find out|learn)\s+(?:for\s+)?(?:PLAYER['’]s|their|his|her)\s+name\b/i.exec(step)))
    return tidy(pick(frames('objectiveName')));
  if ((match = /^(?:ask|beg|request|invite|challenge)\s+PLAYER\s+to\s+(.+)$/i.exec(step))) return say('objectiveAsk', match[1] ?? '');
  if ((match = /^(?:convince|persuade|get|encourage|urge|make|push|tempt|help)\s+PLAYER\s+(?:to\s+)?(.+)$/i.exec(step)))
    return say('objectiveUrge', match[1] ?? '');
  if ((match = /^(?:ask|question)\s+PLAYER\s+(?:about|regarding)\s+(.+)$/i.exec(step))) return say('objectiveAskAbout', match[1] ?? '');
  if ((match = /^(?:ask|find out|learn|discover)\s+(?:PLAYER\s+)?((?:where|what|why|how|who|whether|if|when|which)\b.+)$/i.exec(step)))
    return say('objectiveWonder', match[1] ?? '');
  if ((match = /^(?:ask)\s+(?:PLAYER\s+)?for\s+(.+)$/i.exec(step))) return say('objectiveNeed', match[1] ?? '');
  if ((match = /^(?:warn)\s+(?:PLAYER\s+)?(?:about|of)\s+(.+)$/i.exec(step))) return say('objectiveWarn', match[1] ?? '');
  if ((match = /^(?:tell|inform|remind|warn)\s+PLAYER\s+(?:that\s+)(.+)$/i.exec(step))) return say('objectiveTellThat', match[1] ?? '');
  if ((match = /^(?:tell|inform|remind|teach)\s+PLAYER\s+(?:about|of)\s+(.+)$/i.exec(step)))
    return say('objectiveTellAbout', match[1] ?? '');
  if ((match = /^(?:explain|describe|reveal|share|mention|introduce)\s+(?:to\s+PLAYER\s+)?(.+?)(?:\s+to\s+PLAYER)?$/i.exec(step)))
    return say('objectiveTellAbout', match[1] ?? '');
  if ((match = /^(?:show)\s+(?:PLAYER\s+)?(.+)$/i.exec(step))) return say('objectiveShow', match[1] ?? '');
  if ((match = /^(?:tell|share|recount)\s+(?:PLAYER\s+)?(the (?:story|tale|legend|history) of .+)$/i.exec(step)))
    return say('objectiveStory', match[1] ?? '');
  if ((match = /^(?:walk|take|guide|lead)\s+PLAYER\s+(?:through|round|around)\s+(.+)$/i.exec(step)))
    return say('objectiveWalk', match[1] ?? '');
  if ((match = /^(?:point|direct|send)\s+PLAYER\s+(?:to|towards?)\s+(.+)$/i.exec(step))) return say('objectivePoint', match[1] ?? '');
  if (/^(?:invite|ask)\s+PLAYER\s+(?:back|to come back|to return)\b/i.test(step)) return tidy(pick(frames('objectiveComeBack')));
  if ((match = /^(?:tell|inform|remind)\s+PLAYER\s+(?!about\b|of\b|that\b)(.+)$/i.exec(step)))
    return say('objectiveTellThat', match[1] ?? '');
  if ((match = /^(?:sell|offer)\s+(?:PLAYER\s+)?(.+?)(?:\s+to\s+PLAYER)?$/i.exec(step))) return say('objectiveOffer', match[1] ?? '');
  if ((match = /^(?:lead|guide|take|bring|escort)\s+PLAYER\s+(?:to|into|towards?)\s+(.+)$/i.exec(step)))
    return say('objectiveLead', match[1] ?? '');
  return null;
}

/** The things the objective asks for, in order, with the player written PLAYER. */
function stepsOf(objective: string): string[] {
  const text = objective
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:objective|goal|task)\s*:\s*/i, '')
    .replace(
      /^(?:the (?:character|npc)|you|[A-Z][a-z]+)\s+(?:should|must|will|needs? to|wants? to|has to|tries to|try to)\s+|^(?:your (?:goal|job|task) is to|try to|make sure to|be sure to|you should|you must)\s+/i,
      '',
    );
  return text
    .split(
      /[.;!?]\s*|,?\s+(?:and then|then)\s+|,\s+and\s+|(?:,|\s+and)\s+(?=(?:ask|tell|get|convince|persuade|explain|warn|offer|sell|lead|guide|take|find|learn|greet|welcome|point|invite|show|walk|describe|mention|remind)\b)/i,
    )
    .map((step) => step.trim())
    .filter((step) => step.split(' ').length >= 2 || /^(?:greet|welcome)\b/i.test(step))
    .map((step) =>
      step
        .replace(
          /\b(?:the (?:player|user|visitor|traveller|traveler|customer|guest|stranger|adventurer|hero))(['’]s)?/gi,
          (_whole, possessive: string | undefined) => (possessive ? "PLAYER's" : 'PLAYER'),
        )
        .replace(/^(\w+)\s+(?:them|him|her)\b/i, '$1 PLAYER'),
    );
}

/** The step as said to the player: the player is "you", the character "I". */
function spoken(text: string): string {
  return (
    text
      .replace(/\byourself\b/gi, 'myself')
      .replace(/\byours\b/gi, 'mine')
      .replace(/\byour\b/gi, 'my')
      .replace(/\byou\b/gi, 'me')
      .replace(/\bPLAYER['’]s\b/g, 'your')
      .replace(/\bPLAYER\b/g, 'you')
      .replace(/\btheir\b/gi, 'your')
      .replace(/\bthemselves\b/gi, 'yourself')
      .replace(/\bthey are\b/gi, 'you are')
      .replace(/\bthey\b/gi, 'you')
      .replace(/[.!?]+$/, '')
      .replace(
        /\byou (is|was|has|does)\b/g,
        (_w, verb: string) => `you ${{ is: 'are', was: 'were', has: 'have', does: 'do' }[verb] ?? verb}`,
      )
      // "what you wants" → "what you want"
      .replace(/\byou ([a-z]+[^s\W]s)\b/g, (whole, verb: string) => {
        const infinitive = (nlp(`she ${verb}`).verbs().conjugate() as Array<{ Infinitive?: string; PresentTense?: string }>)[0];
        return infinitive?.PresentTense === verb && infinitive.Infinitive ? `you ${infinitive.Infinitive}` : whole;
      })
      .trim()
  );
}

function tidy(text: string): string {
  return upperFirst(
    text
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.?!])/g, '$1')
      .trim(),
  );
}
