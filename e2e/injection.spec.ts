import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { startChildServer } from './support/child-server';
import { startConvaiStandIn } from './support/convai-stand-in';
import { createCharacter, uniqueName } from './support/factories';
import { testChat } from './support/test-chat';

/** Script-injection payloads: tags, event handlers, javascript: links, broken markup, odd text. */
const payloads = [
  '<script>alert("x1")</script>',
  '<img src=x onerror=alert("x2")>',
  '"><svg onload=alert("x3")>',
  'javascript:alert("x4")',
  '<a href="javascript:alert(\'x5\')">click me</a>',
  '</textarea><script>alert("x6")</script>',
  '<iframe src="javascript:alert(\'x7\')"></iframe>',
  '{{constructor.constructor("alert(8)")()}}',
  '<b><i>unclosed <u>markup',
  '<style>body{display:none}</style>',
  '&lt;script&gt;alert("x9")&lt;/script&gt;',
  '\u202Eevil-rtl\u202C mark',
];
const longWord = `Supercalifragilistic${'x'.repeat(3_000)}`;

/** Fails the test on anything a payload could make the page do. */
function guard(page: Page) {
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    // Leaving unsaved changes asks first: that one is the app's own, and is accepted.
    if (dialog.type() === 'beforeunload') return void dialog.accept();
    problems.push(`dialog: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/x' || url.protocol === 'javascript:') problems.push(`request: ${request.url()}`);
  });
  return problems;
}

async function layoutHolds(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page is not wider than the window').toBeLessThanOrEqual(1);
}

test('payloads in names, backstories, actions and messages show as text and run nowhere', async ({ page, request }) => {
  test.setTimeout(120_000);
  const problems = guard(page);
  const tag = uniqueName('Inj');
  const ids: string[] = [];
  for (const [index, payload] of payloads.entries()) {
    const response = await request.post('/api/character/create', {
      data: {
        charName: `${tag} ${index} ${payload}`.slice(0, 100),
        voiceType: 'MALE',
        backstory: `${payload}\n\nIt says ${payloads.join(' ')} and ${longWord}.`,
        actions: payload.replaceAll(',', ' ').slice(0, 60),
      },
    });
    expect(response.status()).toBe(201);
    ids.push(((await response.json()) as { charID: string }).charID);
  }
  // A conversation holding every payload, as the player's words.
  let sessionID = '-1';
  for (const text of [...payloads, longWord]) {
    const answer = await request.post('/api/character/getResponse', {
      form: { charID: ids[1], sessionID, userText: text, voiceResponse: 'False' },
    });
    expect(answer.status()).toBe(200);
    sessionID = ((await answer.json()) as { sessionID: string }).sessionID;
  }

  // The list: every name as text.
  await page.goto(`/characters?q=${encodeURIComponent(tag)}`);
  const list = page.getByRole('list', { name: 'Characters', exact: true });
  await expect(list.locator(':scope > li')).toHaveCount(payloads.length);
  for (const [index, payload] of payloads.entries()) {
    await expect(list.getByRole('link', { name: `${tag} ${index} ${payload}`.slice(0, 100), exact: true })).toBeVisible();
  }
  await layoutHolds(page);

  // The editor: name, actions and backstory as text.
  await page.goto(`/characters/${ids[1]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${tag} 1 ${payloads[1]}`);
  await expect(page.getByRole('list', { name: 'Action list', exact: true })).toContainText(payloads[1]);
  await expect(page.getByLabel('Backstory', { exact: true })).toHaveValue(new RegExp(longWord));
  await layoutHolds(page);

  // The transcript: every message as text, the long word wrapped.
  await page.goto(`/characters/${ids[1]}/sessions/${sessionID}`);
  const transcript = page.getByRole('list', { name: 'Transcript', exact: true });
  await expect(transcript.getByText(payloads[0], { exact: true })).toBeVisible();
  await page.getByLabel('Find in transcript', { exact: true }).fill('onerror');
  await expect(transcript.locator('mark[data-current]')).toHaveText('onerror');
  await layoutHolds(page);

  // The backstory generator, with a payload for a name.
  await page.goto('/backstory');
  await page.getByLabel('Name', { exact: true }).fill(payloads[2]);
  await page.getByLabel('Description', { exact: true }).fill(payloads[1]);
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByTestId('take-status')).toHaveText('Finished', { timeout: 30_000 });
  // The generator may tidy an odd name, but whatever of it comes back is text, not markup.
  await expect(page.getByTestId('take-text')).toContainText('svg onload=alert("x3")');
  await expect(page.getByTestId('take-text').locator('svg, img, script, iframe')).toHaveCount(0);
  await layoutHolds(page);

  expect(problems).toEqual([]);
});

test('payloads in document names, document text and the sources of a reply show as text and run nowhere', async ({
  page,
  request,
  backendKind,
}) => {
  test.skip(backendKind !== 'local', 'the document text is shown by the local server only');
  test.setTimeout(120_000);
  const problems = guard(page);
  const character = await createCharacter(request, { charName: uniqueName('Ledger keeper') });
  // Names end in .txt to be read; a name with a slash keeps only what follows the last one.
  const names = payloads.map((payload, index) => `${payload} ${index}.txt`);
  const ids: string[] = [];
  for (const [index, name] of names.entries()) {
    const text = `The harbour ledger says ${payloads[index]} and the tide is high.\n\n${payloads.join(' ')} ${longWord}`;
    const response = await request.post('/api/character/knowledge-bank/upload', {
      multipart: { file_name: name, file: { name: 'ledger.txt', mimeType: 'text/plain', buffer: Buffer.from(text) } },
    });
    expect(response.status()).toBe(200);
    ids.push(((await response.json()) as { id: string }).id);
  }
  const shownNames = names.map((name) => name.split('/').at(-1) ?? name);
  await expect
    .poll(async () => {
      const listed = (await (await request.post('/api/character/knowledge-bank/list', { data: {} })).json()) as {
        docs: Array<{ id: string; processing_status: string }>;
      };
      return listed.docs.filter((doc) => ids.includes(doc.id) && doc.processing_status === 'ready').length;
    })
    .toBe(ids.length);
  const connect = await request.post('/api/character/update', { data: { charID: character.id, docs: [{ id: ids[1], status: 'active' }] } });
  expect(connect.status()).toBe(200);

  // The knowledge bank: every name as text.
  await page.goto('/knowledge');
  const documents = page.getByRole('region', { name: 'Documents', exact: true });
  for (const name of shownNames) await expect(documents.getByText(name, { exact: true })).toBeVisible();
  await layoutHolds(page);

  // The preview: the text as text.
  await page.getByRole('button', { name: `Preview ${shownNames[0]}`, exact: true }).click();
  const preview = page.getByRole('dialog', { name: shownNames[0], exact: true });
  await expect(preview).toContainText(payloads[0]);
  await expect(preview.locator('script, img, iframe, svg[onload]')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Close', exact: true }).click();

  // A reply drawing on the document, its source and the passage opened from it.
  await page.goto(`/characters/${character.id}/chat`);
  const chat = testChat(page, character.name);
  await chat.say('What does the harbour ledger say?', 1);
  await expect(chat.replies.first()).toContainText(payloads[1]);
  const source = chat.conversation.getByRole('list', { name: 'Sources', exact: true }).getByRole('button');
  await expect(source).toHaveCount(1);
  await expect(source).toContainText(shownNames[1]);
  await source.click();
  const opened = page.getByRole('dialog', { name: shownNames[1], exact: true });
  await expect(opened).toContainText(payloads[1]);
  await expect(page.locator('main img[src="x"], main svg[onload]')).toHaveCount(0);
  await layoutHolds(page);
  expect(problems).toEqual([]);
});

test('payloads from the service itself (voice names, error messages) show as text', async ({ page }) => {
  const problems = guard(page);
  const record = {
    character_name: payloads[0],
    character_id: 'c-1',
    voice_type: 'EVIL',
    timestamp: '2025-01-02T03:04:05',
    backstory: payloads.join('\n'),
  };
  const standIn = await startConvaiStandIn({
    '/character/list': { status: 200, body: { characters: [record] } },
    '/character/get': { status: 200, body: record },
    '/tts/get_available_voices': {
      status: 200,
      body: {
        [payloads[8]]: payloads.map((payload, index) => ({
          [payload]: {
            voice_value: index === 0 ? 'EVIL' : `V${index}`,
            lang_codes: ['en-US'],
            gender: 'MALE',
            sample_link: 'javascript:alert("x10")',
          },
        })),
      },
    },
    '/tts/get_available_languages': { status: 200, body: [{ 'en-US': { lang_code: 'en-US', lang_name: payloads[1] } }] },
    '/character/chatHistory/list': { status: 400, body: { ERROR: payloads[1] } },
    '/character/update': { status: 400, body: { ERROR: `${payloads[5]} ${longWord}` } },
  });
  const front = await startChildServer({ BACKEND: 'convai', CONVAI_API_URL: standIn.url, CONVAI_API_KEY: 'stand-in-key-123' });
  try {
    await page.goto(`${front.url}/characters`);
    await expect(page.getByRole('link', { name: payloads[0] })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Characters', exact: true })).toContainText(payloads[0]);

    await page.goto(`${front.url}/characters/c-1`);
    const voices = page.getByRole('radiogroup', { name: 'Voices', exact: true });
    for (const payload of payloads.slice(1, 6)) await expect(voices.getByText(payload, { exact: true })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Voice', exact: true })).toContainText(`Selected: ${payloads[0]}`);
    // A javascript: sample link is not a sample: no play button.
    await expect(page.getByRole('button', { name: /^Play a sample/ })).toHaveCount(0);

    // An error message from the service, shown beside the form.
    await page.getByLabel('Backstory', { exact: true }).fill('A new backstory.');
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'The character was not saved.' })).toContainText(payloads[5]);
    await layoutHolds(page);

    await page.goto(`${front.url}/characters/c-1/sessions`);
    await expect(page.getByRole('alert')).toContainText(payloads[1]);
    await layoutHolds(page);
    expect(problems).toEqual([]);
  } finally {
    await front.kill();
    await standIn.close();
  }
});
