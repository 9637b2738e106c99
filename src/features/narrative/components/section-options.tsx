import { memo } from 'react';
import type { Section } from '@contract/schemas/narrative';
import { sectionLabel } from '@/lib/section-name';

const sameNames = (a: Section[], b: Section[]) =>
  a === b ||
  (a.length === b.length &&
    a.every((section, index) => section.section_id === b[index].section_id && section.section_name === b[index].section_name));

/**
 * The sections as a select's options, by name. Rendered again only when a section is added,
 * removed or renamed: a node moved (a new list with a new place) leaves hundreds of options alone.
 */
export const SectionOptions = memo(
  function SectionOptions({ sections }: { sections: Section[] }) {
    return sections.map((section) => (
      <option key={section.section_id} value={section.section_id}>
        {sectionLabel(section.section_name)}
      </option>
    ));
  },
  (before, after) => sameNames(before.sections, after.sections),
);
