/**
 * The demo characters' narrative graphs, read from `demo-data/narratives.json`: sections, and the
 * decisions and triggers between them named by section (ids are made when they are seeded). Seeded
 * without node positions, so the dashboard's automatic layout places them; `narrativeDriven` says
 * whether the character follows its graph (the demo sessions of `narrative-sessions.json` walk it).
 */
import { z } from 'zod';
import { readDemoFile } from './read-demo-file';

const demoNarrativeSchema = z
  .object({
    characterName: z.string().min(1),
    narrativeDriven: z.boolean().default(false),
    start: z.string().min(1),
    sections: z.array(z.object({ name: z.string().min(1), objective: z.string() })).min(1),
    decisions: z.array(z.object({ from: z.string(), to: z.string(), criteria: z.string().min(1) })),
    triggers: z.array(z.object({ name: z.string().min(1), message: z.string(), to: z.string() })),
  })
  .superRefine((narrative, context) => {
    const names = new Set(narrative.sections.map((section) => section.name));
    const named = [narrative.start, ...narrative.decisions.flatMap((d) => [d.from, d.to]), ...narrative.triggers.map((t) => t.to)];
    for (const name of named) if (!names.has(name)) context.addIssue({ code: 'custom', message: `No section named '${name}'.` });
  });

export type DemoNarrative = z.output<typeof demoNarrativeSchema>;

export const demoNarratives: DemoNarrative[] = readDemoFile('narratives.json', z.array(demoNarrativeSchema));
