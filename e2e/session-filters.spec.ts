import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { createCharacter } from './support/factories';

/** A session of `turns` exchanges with the character, through the dashboard's /api. */
async function sessionOf(request: APIRequestContext, charID: string, turns: string[]) {
  let sessionID = '-1';
  for (const userText of turns) {
    const answer = await request.post('/api/character/getResponse', { form: { charID, sessionID, userText, voiceResponse: 'False' } });
    expect(answer.status(), await answer.text()).toBe(200);
    sessionID = ((await answer.json()) as { sessionID: string }).sessionID;
  }
  return sessionID;
}

/** The key of a session's exchange (1-based) for the review calls: its timestamp. */
async function exchangeKey(request: APIRequestContext, charID: string, sessionID: string, exchange: number) {
  const answer = await request.post('/api/character/chatHistory/details', { data: { charID, sessionID } });
  expect(answer.status(), await answer.text()).toBe(200);
  return ((await answer.json()) as Array<{ timestamp: string }>)[exchange - 1].timestamp;
}

const table = (page: Page) => page.getByRole('table');
/** The data rows (the header row left out). */
const dataRows = (page: Page) => table(page).locator('tbody tr[aria-rowindex]');
const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ of \d+ sessions?$/ });

test('the session list filters by rating, label, status and exchanges, keeps it in the address, sorts, and opens the review queue', async ({
  page,
  request,
}) => {
  const { id } = await createCharacter(request);
  const long = await sessionOf(request, id, ['Good evening.', 'What is your trade?', 'Tell me a secret.']);
  const short = await sessionOf(request, id, ['Hello.']);
  const middle = await sessionOf(request, id, ['Hello again.', 'Any news?']);

  // The long session: its second exchange rated bad and labelled; the short one marked reviewed.
  const key = await exchangeKey(request, id, long, 2);
  const rated = await request.post(`/dashboard/characters/${id}/sessions/${long}/exchanges/${encodeURIComponent(key)}`, {
    data: { rating: 'bad', labels: ['lore error'] },
  });
  expect(rated.status(), await rated.text()).toBe(200);
  const marked = await request.post(`/dashboard/characters/${id}/sessions/${short}/status`, { data: { status: 'reviewed' } });
  expect(marked.status(), await marked.text()).toBe(200);

  await page.goto(`/characters/${id}/sessions`);
  await expect(count(page)).toHaveText('3 of 3 sessions');
  await expect(page.getByRole('link', { name: 'Review queue (1 of 3 reviewed)', exact: true })).toBeVisible();

  // A bad rating: only the long session.
  await page.getByLabel('Rating', { exact: true }).selectOption({ label: 'Has a bad rating' });
  await expect(count(page)).toHaveText('1 of 3 sessions');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText(long.slice(0, 8));
  await expect(dataRows(page).first()).toContainText('Bad: 1');

  // A label, alone.
  await page.getByLabel('Rating', { exact: true }).selectOption({ label: 'Any' });
  await expect(count(page)).toHaveText('3 of 3 sessions');
  await page.getByLabel('Label', { exact: true }).selectOption({ label: 'lore error' });
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText(long.slice(0, 8));

  // Unreviewed, then with at least three exchanges (the transcripts are read for it).
  await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
  await expect(count(page)).toHaveText('3 of 3 sessions');
  await page.getByLabel('Review status', { exact: true }).selectOption({ label: 'Unreviewed' });
  await expect(count(page)).toHaveText('2 of 3 sessions');
  await expect(table(page)).not.toContainText(short.slice(0, 8));
  await page.getByLabel('Minimum exchanges', { exact: true }).fill('3');
  await expect(count(page)).toHaveText('1 of 3 sessions');
  await expect(dataRows(page).first()).toContainText(long.slice(0, 8));

  // The address holds the filters, and a reload keeps them.
  await expect(page).toHaveURL(/[?&]status=unreviewed(&|$)/);
  await expect(page).toHaveURL(/[?&]min=3(&|$)/);
  await page.reload();
  await expect(page.getByLabel('Review status', { exact: true })).toHaveValue('unreviewed');
  await expect(page.getByLabel('Minimum exchanges', { exact: true })).toHaveValue('3');
  await expect(count(page)).toHaveText('1 of 3 sessions');
  await expect(dataRows(page).first()).toContainText(long.slice(0, 8));

  // Filters that leave nothing say which one does.
  await page.getByLabel('Minimum exchanges', { exact: true }).fill('10');
  await expect(count(page)).toHaveText('0 of 3 sessions');
  await expect(page.getByText('No session matches these filters', { exact: true })).toBeVisible();
  await expect(page.getByText('None passes this filter: at least 10 exchanges.', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Clear filters', exact: true }).click();
  await expect(count(page)).toHaveText('3 of 3 sessions');
  await expect(page.getByRole('button', { name: 'Clear filters', exact: true })).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');

  // Sorting by exchanges: most first, then pressed again, fewest first.
  const exchangesHeader = table(page).getByRole('columnheader', { name: 'Exchanges', exact: true });
  await exchangesHeader.getByRole('button', { name: 'Exchanges', exact: true }).click();
  await expect(exchangesHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/[?&]sort=exchanges&order=desc/);
  const exchangeCells = dataRows(page).locator('td:nth-child(3)');
  // Each cell: the count, then how long the session lasted.
  await expect(exchangeCells).toHaveText([/^3\D/, /^2\D/, /^1\D/]);
  await exchangesHeader.getByRole('button', { name: 'Exchanges', exact: true }).click();
  await expect(exchangesHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(exchangeCells).toHaveText([/^1\D/, /^2\D/, /^3\D/]);
  await expect(dataRows(page).first()).toContainText(short.slice(0, 8));
  await expect(dataRows(page).last()).toContainText(long.slice(0, 8));
  await expect(table(page).getByRole('columnheader', { name: /^Date/ })).not.toHaveAttribute('aria-sort');

  // The review queue opens a session still to review, in queue mode.
  await page.getByRole('link', { name: 'Review queue (1 of 3 reviewed)', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/characters/${id}/sessions/(${long}|${middle})\\?queue=1$`));
});

test('when every session is reviewed, the review queue says so and is off; filters reach past the latest ten when asked', async ({
  page,
  request,
}) => {
  const { id } = await createCharacter(request);
  for (let visit = 1; visit <= 11; visit += 1) {
    const session = await sessionOf(request, id, [`Hello, visit ${visit}.`]);
    const marked = await request.post(`/dashboard/characters/${id}/sessions/${session}/status`, { data: { status: 'reviewed' } });
    expect(marked.status(), await marked.text()).toBe(200);
  }
  await page.goto(`/characters/${id}/sessions?status=reviewed`);
  await expect(page.getByRole('button', { name: 'All 11 sessions reviewed', exact: true })).toBeDisabled();
  await expect(page.getByRole('link', { name: /^Review queue/ })).toHaveCount(0);

  await expect(count(page)).toHaveText('10 of 10 sessions');
  await expect(page.getByText('Only the latest 10 are filtered.', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Filter all sessions', exact: true }).click();
  await expect(count(page)).toHaveText('11 of 11 sessions');
  await expect(page).toHaveURL(/[?&]limit=all(&|$)/);
  await expect(page).toHaveURL(/[?&]status=reviewed(&|$)/);
});
