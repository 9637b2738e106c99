import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { createCharacter } from './support/factories';

/** A session of `turns` exchanges with a new character, through the dashboard's /api. */
async function sessionWith(request: APIRequestContext, turns: string[]) {
  const { id, name } = await createCharacter(request);
  let sessionID = '-1';
  for (const userText of turns) {
    const answer = await request.post('/api/character/getResponse', { form: { charID: id, sessionID, userText, voiceResponse: 'False' } });
    expect(answer.status(), await answer.text()).toBe(200);
    sessionID = ((await answer.json()) as { sessionID: string }).sessionID;
  }
  return { id, name, sessionID };
}

const reviewOf = (page: Page, exchange: number) => page.getByRole('group', { name: `Review of exchange ${exchange}`, exact: true });

test('exchanges are rated, labelled and annotated; a reload keeps it all, and the session list shows it', async ({ page, request }) => {
  const { id, sessionID } = await sessionWith(request, ['Good evening.', 'What is your trade?', 'Tell me a secret.']);
  await page.goto(`/characters/${id}/sessions/${sessionID}`);

  // A rating shows at once, and pressing it again takes it back.
  await reviewOf(page, 1).getByRole('button', { name: 'Good', exact: true }).click();
  await expect(reviewOf(page, 1).getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await reviewOf(page, 2).getByRole('button', { name: 'Bad', exact: true }).click();
  await reviewOf(page, 3).getByRole('button', { name: 'Good', exact: true }).click();
  await reviewOf(page, 3).getByRole('button', { name: 'Good', exact: true }).click();
  await expect(reviewOf(page, 3).getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'false');

  // Labels: one shared, one new (which joins the character's own set).
  await reviewOf(page, 2).getByRole('button', { name: 'Labels…', exact: true }).click();
  const labels = page.getByRole('dialog', { name: 'Labels of exchange 2', exact: true });
  await labels.getByRole('checkbox', { name: 'lore error', exact: true }).check();
  await labels.getByLabel('New label', { exact: true }).fill('forgets the harbour');
  await labels.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(labels.getByRole('checkbox', { name: /^forgets the harbour/ })).toBeChecked();
  await labels.getByRole('button', { name: 'Done', exact: true }).click();
  await expect(reviewOf(page, 2).getByRole('list', { name: 'Labels', exact: true }).getByRole('listitem')).toHaveText([
    'lore error',
    'forgets the harbour',
  ]);

  // A note.
  await reviewOf(page, 2).getByRole('button', { name: 'Add note', exact: true }).click();
  await page.getByLabel('Note on exchange 2', { exact: true }).fill('She would know the harbour: it is in her backstory.');
  await page.getByRole('button', { name: 'Save note', exact: true }).click();
  await expect(reviewOf(page, 2)).toContainText('She would know the harbour: it is in her backstory.');

  // The session's status.
  await page.getByLabel('Review', { exact: true }).selectOption({ label: 'Flagged' });

  await page.reload();
  await expect(reviewOf(page, 1).getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(reviewOf(page, 2).getByRole('button', { name: 'Bad', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(reviewOf(page, 3).getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await expect(reviewOf(page, 2).getByRole('list', { name: 'Labels', exact: true }).getByRole('listitem')).toHaveText([
    'lore error',
    'forgets the harbour',
  ]);
  await expect(reviewOf(page, 2)).toContainText('She would know the harbour: it is in her backstory.');
  await expect(page.getByLabel('Review', { exact: true })).toHaveValue('flagged');

  // The list says what the review found.
  await page.getByRole('link', { name: 'All sessions', exact: true }).click();
  const row = page.getByRole('table', { name: 'Sessions, newest first', exact: true }).getByRole('row').nth(1);
  await expect(row).toContainText('Flagged');
  await expect(row).toContainText('Good: 1');
  await expect(row).toContainText('Bad: 1');
  await expect(row).toContainText('2 labels · 1 note');
});

test('a note stops at its 2,000 characters, and its count says so', async ({ page, request }) => {
  const { id, sessionID } = await sessionWith(request, ['Hello.']);
  await page.goto(`/characters/${id}/sessions/${sessionID}`);
  await reviewOf(page, 1).getByRole('button', { name: 'Add note', exact: true }).click();
  const box = page.getByLabel('Note on exchange 1', { exact: true });
  // The box stops at the limit: what is pasted beyond it is cut, and the count says so.
  await box.fill('x'.repeat(2_050));
  await expect(box).toHaveValue('x'.repeat(2_000));
  await expect(reviewOf(page, 1)).toContainText('2,000 / 2,000');
});

test('five sessions are reviewed from the queue with the keyboard alone', async ({ page, request }) => {
  const { id } = await createCharacter(request);
  const sessions: string[] = [];
  for (let index = 0; index < 5; index++) {
    let sessionID = '-1';
    for (const userText of ['Good evening.', 'What is your trade?']) {
      const answer = await request.post('/api/character/getResponse', {
        form: { charID: id, sessionID, userText, voiceResponse: 'False' },
      });
      sessionID = ((await answer.json()) as { sessionID: string }).sessionID;
    }
    sessions.push(sessionID);
  }
  // The newest session first, as the list shows them.
  await page.goto(`/characters/${id}/sessions/${sessions[4]}?queue=1`);
  const queue = page.getByRole('region', { name: 'Review queue', exact: true });
  for (let done = 0; done < 5; done++) {
    await expect(queue).toContainText(`Review queue · ${done} of 5 sessions reviewed`);
    await expect(queue).toContainText('Exchange 1 of 2');
    await page.keyboard.press('1');
    await expect(reviewOf(page, 1).getByRole('button', { name: 'Good', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('j');
    await expect(queue).toContainText('Exchange 2 of 2');
    await page.keyboard.press('2');
    await expect(reviewOf(page, 2).getByRole('button', { name: 'Bad', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('n');
    await expect(page.getByLabel('Note on exchange 2', { exact: true })).toBeFocused();
    await page.keyboard.type(`Too curt, session ${done + 1}.`);
    await page.keyboard.press('Control+Enter');
    await expect(reviewOf(page, 2)).toContainText(`Too curt, session ${done + 1}.`);
    // Keys typed in the note went to the note, not to the queue.
    await expect(queue).toContainText('Exchange 2 of 2');
    await page.keyboard.press('f');
    if (done < 4) await expect(queue).toContainText(`Review queue · ${done + 1} of 5 sessions reviewed`);
  }
  await expect(page.getByText('Every session is reviewed.', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sessions', exact: true })).toBeVisible();

  const reviews = await request.get(`/dashboard/characters/${id}/reviews`);
  const listed = (
    (await reviews.json()) as { sessions: Array<{ session_id: string; status: string; good: number; bad: number; notes: number }> }
  ).sessions;
  expect(listed).toHaveLength(5);
  for (const session of listed) expect(session).toMatchObject({ status: 'reviewed', good: 1, bad: 1, notes: 1 });
});

test('two sessions are read side by side, each reviewable as in its transcript', async ({ page, request }) => {
  const first = await sessionWith(request, ['Where is the harbour?']);
  let second = '-1';
  const answer = await request.post('/api/character/getResponse', {
    form: { charID: first.id, sessionID: second, userText: 'Do you like the sea?', voiceResponse: 'False' },
  });
  second = ((await answer.json()) as { sessionID: string }).sessionID;

  await page.goto(`/characters/${first.id}/sessions/${first.sessionID}`);
  await page.getByRole('link', { name: 'Compare', exact: true }).click();
  const left = page.getByRole('region', { name: 'Left session', exact: true });
  const right = page.getByRole('region', { name: 'Right session', exact: true });
  await expect(left.locator('[data-speaker="player"]')).toHaveText(['Where is the harbour?']);
  await expect(right).toContainText('Choose a session to show it here.');
  await right.getByLabel('Right session', { exact: true }).selectOption({ index: 1 });
  await expect(right.locator('[data-speaker="player"]')).toHaveText(['Do you like the sea?']);
  await expect(page).toHaveURL(new RegExp(`a=${first.sessionID}&b=${second}`));

  await right.getByRole('group', { name: 'Review of exchange 1', exact: true }).getByRole('button', { name: 'Bad', exact: true }).click();
  await page.reload();
  await expect(
    right.getByRole('group', { name: 'Review of exchange 1', exact: true }).getByRole('button', { name: 'Bad', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(
    left.getByRole('group', { name: 'Review of exchange 1', exact: true }).getByRole('button', { name: 'Bad', exact: true }),
  ).toHaveAttribute('aria-pressed', 'false');
});
