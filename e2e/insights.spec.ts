import type { APIRequestContext } from '@playwright/test';
import { exchangeKey } from '../contract/schemas/annotations';
import { createCharacter, uniqueName } from './support/factories';
import { expect, test } from './support/test';

type Exchange = { timestamp: string };

/** A session of these turns with the character, through the dashboard's /api; its exchanges' review keys. */
async function session(request: APIRequestContext, charID: string, turns: string[]) {
  let sessionID = '-1';
  for (const userText of turns) {
    const answer = await request.post('/api/character/getResponse', { form: { charID, sessionID, userText, voiceResponse: 'False' } });
    expect(answer.status(), await answer.text()).toBe(200);
    sessionID = ((await answer.json()) as { sessionID: string }).sessionID;
  }
  const details = await request.post('/api/character/chatHistory/details', { data: { charID, sessionID } });
  const seen = new Map<string, number>();
  const keys = ((await details.json()) as Exchange[]).map(({ timestamp }) => {
    const ordinal = seen.get(timestamp) ?? 0;
    seen.set(timestamp, ordinal + 1);
    return exchangeKey(timestamp, ordinal);
  });
  return { sessionID, keys };
}

test('Insights counts a character’s sessions and reviews, and a label leads to its sessions', async ({ page, request, backendKind }) => {
  test.skip(backendKind !== 'local', 'in front of Convai there are no insights: the next test checks that the page says so');
  const { id, name } = await createCharacter(request, { charName: uniqueName('Wilhelmina') });
  const first = await session(request, id, ['Good evening.', 'Where is the lighthouse?', 'Who keeps it?']);
  await session(request, id, ['Hello again.']);
  const rated = await request.post(
    `/dashboard/characters/${encodeURIComponent(id)}/sessions/${encodeURIComponent(first.sessionID)}/exchanges/${encodeURIComponent(first.keys[1])}`,
    { data: { rating: 'bad', labels: ['lore error'] } },
  );
  expect(rated.status(), await rated.text()).toBe(200);

  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Insights', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Insights', exact: true, level: 1 })).toBeVisible();
  await page.getByLabel('Character', { exact: true }).selectOption({ label: name });
  await expect(page).toHaveURL(new RegExp(`/insights\\?character=${id}$`));

  const chart = (title: string) => page.getByRole('region', { name: title, exact: true });
  await expect(chart('Sessions per day').getByTestId('chart-summary')).toHaveText(/^2 sessions in 90 days, most on .+ \(2\)\.$/);
  await expect(chart('Share of bad ratings').getByTestId('chart-summary')).toHaveText(
    '100% of rated exchanges were bad: 1 of 1, in 1 session.',
  );
  await expect(chart('Exchanges per session').getByTestId('chart-summary')).toHaveText(
    '2.0 exchanges per session on average. Most sessions had 1 exchange (1).',
  );
  await expect(chart('Labels given most').getByTestId('chart-summary')).toHaveText(
    '“lore error” was given most: to 1 exchange in 1 session.',
  );
  await expect(chart('Triggers fired').getByTestId('chart-summary')).toHaveText('No trigger fired in these days.');

  // The four small charts' bars are links named by their figure; a bucket with no session says so, and is not a link.
  const exchanges = chart('Exchanges per session');
  await expect(exchanges.getByRole('link', { name: '1 exchange: 1 session', exact: true })).toBeVisible();
  // The session list counts "at least": the bucket's title says its link opens the larger sessions too.
  await expect(exchanges.getByRole('link', { name: '2–3 exchanges: 1 session', exact: true })).toHaveAttribute(
    'title',
    '2–3 exchanges: 1 session; opens the sessions with 2 exchanges or more',
  );
  await expect(exchanges.getByRole('img', { name: '16+ exchanges: 0 sessions', exact: true })).toBeVisible();
  // The table still holds every figure (the sessions each label was given in, too), with the same links.
  const labels = chart('Labels given most');
  await labels.getByText('Table and links: labels given most', { exact: true }).click();
  await expect(labels.getByRole('link', { name: 'lore error', exact: true })).toBeVisible();
  // The label's bar, reached by keyboard: focused, then opened with Enter.
  const bar = labels.getByRole('link', { name: 'lore error: 1 exchange', exact: true });
  await bar.focus();
  await expect(bar).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    new RegExp(`/characters/${id}/sessions\\?from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}&label=lore\\+error$`),
  );
  // The session list read the filter from the address.
  await expect(page.getByRole('group', { name: 'Filters', exact: true }).getByLabel('Label', { exact: true })).toHaveValue('lore error');

  // A click on a chart itself: the day's bar opens that day's sessions.
  await page.goBack();
  // Pointed at first, as a mouse does: the chart knows which day is under the pointer once its tooltip shows.
  const day = chart('Sessions per day').locator('.recharts-bar-rectangle').first();
  await day.hover();
  await expect(chart('Sessions per day').locator('.recharts-tooltip-wrapper')).toContainText('Sessions : 2');
  await day.click();
  await expect(page).toHaveURL(new RegExp(`/characters/${id}/sessions\\?from=(\\d{4}-\\d{2}-\\d{2})&to=\\1$`));
  await expect(page.getByText('2 of 2 sessions', { exact: true })).toBeVisible();
});

test('in front of Convai, Insights says it needs the local server', async ({ page, backendKind }) => {
  test.skip(backendKind !== 'convai', 'locally there are insights: the test above reads them');
  await page.goto('/insights');
  await expect(page.getByText('Insights are not available.', { exact: true })).toBeVisible();
  await expect(
    page.getByText(
      "Insights need the local server for now: in front of Convai they would read every session's transcript from the service.",
      {
        exact: true,
      },
    ),
  ).toBeVisible();
});
