import { EditorBackstoryTools } from '@/features/backstory/components/editor-backstory-tools';
import { EditCharacterPage, NewCharacterPage } from '@/features/characters/character-editor-page';

// The editor pages, with the backstory generator lent to them: features do not import each other,
// the app composes them here.

export function NewCharacterRoute() {
  return <NewCharacterPage backstoryTools={EditorBackstoryTools} />;
}

export function EditCharacterRoute() {
  return <EditCharacterPage backstoryTools={EditorBackstoryTools} />;
}
