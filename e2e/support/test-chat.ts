import { expect, type Page } from '@playwright/test';

/**
 * A character's test chat: the current section, the message box, the conversation and its
 * replies, and `say`, which sends a message and waits for the reply that makes `replies` in all.
 */
export function testChat(page: Page, name: string) {
  const conversation = page.getByRole('list', { name: 'Conversation', exact: true });
  const message = page.getByLabel(`Message to ${name}`, { exact: true });
  const replies = conversation.locator('[data-speaker="character"]');
  return {
    current: page.getByTestId('current-section'),
    conversation,
    message,
    replies,
    say: async (text: string, repliesAfter: number) => {
      await message.fill(text);
      await message.press('Enter');
      await expect(replies).toHaveCount(repliesAfter);
    },
  };
}
