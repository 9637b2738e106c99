import { expect, test } from './support/test';
import { createCharacter, createMuseumGuide, uniqueName } from './support/factories';
import { testChat } from './support/test-chat';

test('the transcript shows a session’s path through the narrative: in words, numbered, and marked on the graph, read-only', async ({
  page,
  request,
  backendKind,
}) => {
  const { id, name } = await createMuseumGuide(request, { narrativeDriven: true });

  // A session walked across the sections in test chat.
  await page.goto(`/characters/${id}/chat`);
  const { current, message, replies, conversation, say } = testChat(page, name);
  await expect(current).toHaveText('Greeting');
  await say('Hello there!', 1);
  await expect(message).toHaveValue('');
  await expect(conversation.getByTestId('section-stay')).toHaveText('In “Greeting”');
  await say('Yes, I would love to take the tour.', 2);
  await expect(current).toHaveText('The tour');
  const expected = ['1. Greeting', '2. The tour (decision: The player agrees to the tour)'];
  if (backendKind === 'local') {
    await page.getByRole('button', { name: 'Trigger', exact: true }).click();
    await page.getByRole('button', { name: 'Fire trigger', exact: true }).click();
    await expect(replies).toHaveCount(3);
    await expect(current).toHaveText('Closing time');
    expected.push('3. Closing time (trigger closing_bell)');
  }

  // The transcript page loads without the graph's code; it comes when the path is asked for.
  const scripts: string[] = [];
  page.on('request', (sent) => {
    if (sent.resourceType() === 'script') scripts.push(new URL(sent.url()).pathname);
  });
  await page.getByRole('link', { name: 'View the transcript', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript', exact: true }).getByRole('article')).toHaveCount(expected.length);
  expect(scripts.filter((script) => script.includes('session-path-graph'))).toEqual([]);

  await page.getByRole('button', { name: 'Show path on graph', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'The session’s path', exact: true });
  await expect(dialog.getByRole('list', { name: 'Session path', exact: true }).getByRole('listitem')).toHaveText(expected);

  // On the graph: the sections numbered in order, the decision and the trigger taken marked.
  const graph = dialog.getByTestId('session-path-graph');
  await expect(graph.getByRole('group', { name: 'Section Greeting, the start, step 1 of the session', exact: true })).toBeVisible();
  await expect(graph.getByRole('group', { name: 'Section The tour, step 2 of the session', exact: true })).toBeVisible();
  await expect(
    graph.getByRole('group', {
      name: 'Decision from Greeting to The tour: The player agrees to the tour, taken to reach step 2',
      exact: true,
    }),
  ).toBeVisible();
  if (backendKind === 'local') {
    await expect(graph.getByRole('group', { name: 'Section Closing time, step 3 of the session', exact: true })).toBeVisible();
    await expect(graph.getByRole('group', { name: 'Trigger closing_bell, fired to reach step 3', exact: true })).toBeVisible();
  } else {
    await expect(graph.getByRole('group', { name: 'Section Closing time', exact: true })).toBeVisible();
  }
  expect(scripts.some((script) => script.includes('session-path-graph'))).toBe(true);

  // Read-only: nothing to drag or draw from.
  await expect(graph.locator('.react-flow__node.draggable')).toHaveCount(0);
  await expect(graph.locator('.react-flow__handle.connectable')).toHaveCount(0);
  await dialog.screenshot({ path: test.info().outputPath(`session-path-${backendKind}.png`) });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a session that did not follow a narrative offers no path', async ({ page, request }) => {
  const { id, name } = await createCharacter(request, { charName: uniqueName('Plain') });
  await page.goto(`/characters/${id}/chat`);
  const message = page.getByLabel(`Message to ${name}`, { exact: true });
  await message.fill('Hello there!');
  await message.press('Enter');
  await expect(page.getByRole('list', { name: 'Conversation', exact: true }).locator('[data-speaker="character"]')).toHaveCount(1);
  await page.getByRole('link', { name: 'View the transcript', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Transcript', exact: true }).getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Show path on graph', exact: true })).toHaveCount(0);
});
