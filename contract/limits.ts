/** Text limits the local server enforces and the dashboard checks before sending. */
export const limits = {
  nameMax: 100,
  backstoryMax: 20_000,
  voiceMax: 100,
  actionMax: 60,
  actionsMax: 50,
  languagesMax: 24,
  inputTextMax: 2_000,
  userTextMax: 4_000,
  // Narrative design: room for a large graph (the dashboard's benchmark draws 300 sections and 600
  // decisions), with bounds that keep one character's graph a few megabytes at most.
  sectionNameMax: 100,
  objectiveMax: 4_000,
  criteriaMax: 1_000,
  decisionsMax: 20,
  sectionsMax: 500,
  triggerNameMax: 100,
  triggerMessageMax: 1_000,
  triggersMax: 200,
  /** The JSON text of a node's position, stored as given. */
  nodePositionMax: 1_000,
} as const;
