/** What a section is called where it is shown: its name, or one wording for a section without one. */
export const sectionLabel = (name: string | null | undefined): string => name || 'Untitled section';
