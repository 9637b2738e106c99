import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ApiError } from '@/api/client';
import { getCharacterByName } from '@/api/characters';
import { paths } from '@/config/paths';

/** Opens a character by exact name through the API's `charName` lookup (it also finds public characters). */
export function useOpenByName() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (name: string) => getCharacterByName(name.trim()),
    onSuccess: (character) => void navigate(paths.characters.edit(character.character_id)),
  });
}

export function openByNameError(error: Error | null, name: string): string | null {
  if (!error) return null;
  // The API answers an unknown name with its generic 400.
  if (error instanceof ApiError && error.status === 400) return `No character is named exactly “${name.trim()}”.`;
  return error.message;
}
