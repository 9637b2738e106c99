import type { CardV3 } from '../cards/card-types';
import type { Db } from './connection';

export type CardRow = { character_id: string; user_id: string; card: string; image_path: string | null; imported_at: string };

/** The cards characters were imported from (one each, the last import's), and what names a user's characters have. */
export function createCardStore(db: Db) {
  const byCharacter = db.prepare<[string], CardRow>('SELECT * FROM character_cards WHERE character_id = ?');
  const upsert = db.prepare(`
    INSERT INTO character_cards (character_id, user_id, card, image_path, imported_at)
    VALUES (@character_id, @user_id, @card, @image_path, @imported_at)
    ON CONFLICT (character_id) DO UPDATE SET card = excluded.card, image_path = excluded.image_path, imported_at = excluded.imported_at`);
  const imageOf = db.prepare<[string], { image_path: string | null }>('SELECT image_path FROM character_cards WHERE character_id = ?');
  const allImages = db.prepare<[], { image_path: string }>('SELECT image_path FROM character_cards WHERE image_path IS NOT NULL');
  const setAvatar = db.prepare<[string | null, string]>('UPDATE characters SET avatar = ? WHERE id = ?');
  // The newest of the user's characters of that name (names are not unique).
  const ownedByName = db.prepare<[string, string], { id: string }>(`
    SELECT id FROM characters WHERE user_id = ? AND name = ? AND deleted_at IS NULL
    ORDER BY created_at DESC, seq DESC LIMIT 1`);
  const namesLike = db.prepare<{ user_id: string; prefix: string }, { name: string }>(
    'SELECT name FROM characters WHERE user_id = @user_id AND deleted_at IS NULL AND substr(name, 1, length(@prefix)) = @prefix',
  );

  return {
    get(characterId: string): (CardRow & { parsed: CardV3 }) | undefined {
      const row = byCharacter.get(characterId);
      return row ? { ...row, parsed: JSON.parse(row.card) as CardV3 } : undefined;
    },

    /** The file name of the character's picture, if its card brought one. */
    imagePath(characterId: string): string | null {
      return imageOf.get(characterId)?.image_path ?? null;
    },

    /** Every picture file name a card row still names. */
    imagePaths(): Set<string> {
      return new Set(allImages.all().map((row) => row.image_path));
    },

    /** Keeps the card a character was (last) imported from, and points the character's avatar at its picture. */
    save(input: {
      characterId: string;
      userId: string;
      card: CardV3;
      imagePath: string | null;
      avatar: string | null;
      importedAt: string;
    }) {
      upsert.run({
        character_id: input.characterId,
        user_id: input.userId,
        card: JSON.stringify(input.card),
        image_path: input.imagePath,
        imported_at: input.importedAt,
      });
      setAvatar.run(input.avatar, input.characterId);
    },

    /** The id of the user's (newest) character of that name, not in the trash. */
    ownedByName(userId: string, name: string): string | undefined {
      return ownedByName.get(userId, name)?.id;
    },

    /** The names of the user's characters that begin with `prefix`. */
    namesStartingWith(userId: string, prefix: string): Set<string> {
      return new Set(namesLike.all({ user_id: userId, prefix }).map((row) => row.name));
    },
  };
}

export type CardStore = ReturnType<typeof createCardStore>;
