import { describe, expect, it } from 'vitest';
import { exchangeKey } from '@contract/schemas/annotations';
import type { Exchange } from '@contract/schemas/conversation';
import { exportFileName, exportSessions, fineTuneLines, type ExportInput } from './export-sessions';

const input: ExportInput = {
  character: { id: 'c1', name: 'Mara "Quill"' },
  sessions: [
    {
      session: { sessionID: 's1', date: '25-09-2024', time: '20:52:57', is_added_to_memory: true },
      exchanges: [
        {
          timestamp: '2024-09-25 20:53:01.000001',
          interaction: [
            { speaker: 'User', message: 'User entered the scene' },
            { speaker: 'Character', message: 'Welcome aboard.' },
          ],
          is_trigger_input: true,
        },
        {
          timestamp: '2024-09-25 20:53:10.500000',
          interaction: [
            { speaker: 'User', message: '=HYPERLINK("x"), and a line\nbreak' },
            { speaker: 'Character', message: 'I *never* lie.' },
          ],
          is_trigger_input: false,
        },
      ],
    },
  ],
};

describe('exportSessions', () => {
  it('JSON keeps the API shapes, per session', () => {
    const parsed = JSON.parse(exportSessions(input, 'json')) as { character: unknown; sessions: Array<{ exchanges: unknown }> };
    expect(parsed.character).toEqual({ id: 'c1', name: 'Mara "Quill"' });
    expect(parsed.sessions[0]).toMatchObject({ sessionID: 's1', date: '25-09-2024', is_added_to_memory: true });
    expect(parsed.sessions[0].exchanges).toEqual(input.sessions[0].exchanges.map((exchange) => ({ ...exchange, review: null })));
  });

  it('JSON Lines has one exchange a line', () => {
    const lines = exportSessions(input, 'jsonl')
      .trimEnd()
      .split('\n')
      .map((line): unknown => JSON.parse(line));
    expect(lines).toEqual([
      {
        character_id: 'c1',
        session_id: 's1',
        exchange: 1,
        timestamp: '2024-09-25 20:53:01.000001',
        user: 'User entered the scene',
        character: 'Welcome aboard.',
        is_trigger_input: true,
        review_status: 'unreviewed',
        review: null,
      },
      {
        character_id: 'c1',
        session_id: 's1',
        exchange: 2,
        timestamp: '2024-09-25 20:53:10.500000',
        user: '=HYPERLINK("x"), and a line\nbreak',
        character: 'I *never* lie.',
        is_trigger_input: false,
        review_status: 'unreviewed',
        review: null,
      },
    ]);
  });

  it('CSV quotes what needs quoting and defuses formulas', () => {
    const rows = exportSessions(input, 'csv').split('\r\n');
    expect(rows[0]).toBe(
      'character,session_id,session_date,session_time,exchange,timestamp,speaker,message,is_trigger_input,review_status,rating,labels,note',
    );
    expect(rows[1]).toBe(
      '"Mara ""Quill""",s1,25-09-2024,20:52:57,1,2024-09-25 20:53:01.000001,User,User entered the scene,true,unreviewed,,,',
    );
    expect(exportSessions(input, 'csv')).toContain(`"'=HYPERLINK(""x""), and a line\nbreak"`);
  });

  it('Markdown reads as a conversation, with triggers marked and markup escaped', () => {
    const text = exportSessions(input, 'markdown');
    expect(text).toContain('# Conversations with Mara "Quill"');
    expect(text).toContain('## Session 25-09-2024 20:52:57 UTC');
    expect(text).toContain('> _Trigger_ (20:53:01): User entered the scene');
    expect(text).toContain('**Player** (20:53:10): =HYPERLINK\\("x"\\), and a line  \nbreak');
    expect(text).toContain('I \\*never\\* lie.');
  });
});

/** A plain exchange ("Q1" → "A1"), or a trigger event ("Event 1" → "A1"). */
const exchange = (n: number, trigger = false): Exchange => ({
  timestamp: `2024-09-25 21:00:${String(10 + n)}.000000`,
  interaction: [
    { speaker: 'User', message: trigger ? `Event ${n}` : `Q${n}` },
    { speaker: 'Character', message: `A${n}` },
  ],
  is_trigger_input: trigger,
});
const annotation = (n: number, fields: { rating?: 'good' | 'bad' | null; labels?: string[]; note?: string }) => ({
  exchange: exchangeKey(exchange(n).timestamp, 0),
  rating: fields.rating ?? null,
  labels: fields.labels ?? [],
  note: fields.note ?? '',
  updated_at: '2026-12-02T07:00:00.000Z',
});
const reviewed = (exchanges: Exchange[], annotations: Array<ReturnType<typeof annotation>>, backstory = 'Mara keeps the harbour light.') =>
  ({
    character: { id: 'c1', name: 'Mara', backstory },
    sessions: [
      {
        session: { sessionID: 's2', date: '25-09-2024', time: '21:00:00', is_added_to_memory: false },
        exchanges,
        review: { session_id: 's2', status: 'flagged' as const, exchanges: annotations },
      },
    ],
  }) satisfies ExportInput;

describe('exports carry the review', () => {
  const withReviews = reviewed(
    [exchange(1), exchange(2), exchange(3)],
    [
      annotation(2, { rating: 'good' }),
      annotation(3, { rating: 'bad', labels: ['lore error', 'too long'], note: 'She *knows* the harbour.' }),
    ],
  );

  it('JSON: review_status on the session, review on each exchange (null when none)', () => {
    const parsed = JSON.parse(exportSessions(withReviews, 'json')) as {
      sessions: Array<{ review_status: string; exchanges: Array<{ review: unknown }> }>;
    };
    expect(parsed.sessions[0].review_status).toBe('flagged');
    expect(parsed.sessions[0].exchanges.map((entry) => entry.review)).toEqual([
      null,
      { rating: 'good', labels: [], note: '' },
      { rating: 'bad', labels: ['lore error', 'too long'], note: 'She *knows* the harbour.' },
    ]);
  });

  it('JSON Lines: review_status and review on each line', () => {
    const lines = exportSessions(withReviews, 'jsonl')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { review_status: string; review: unknown });
    expect(lines.map((line) => line.review_status)).toEqual(['flagged', 'flagged', 'flagged']);
    expect(lines[2].review).toEqual({ rating: 'bad', labels: ['lore error', 'too long'], note: 'She *knows* the harbour.' });
    expect(lines[0].review).toBeNull();
  });

  it('CSV: status, rating, labels and note on each turn of the exchange', () => {
    const rows = exportSessions(withReviews, 'csv').trimEnd().split('\r\n');
    expect(rows).toHaveLength(7);
    expect(rows[1].endsWith(',flagged,,,')).toBe(true);
    expect(rows[3].endsWith(',flagged,good,,')).toBe(true);
    expect(rows[5].endsWith(',flagged,bad,lore error; too long,She *knows* the harbour.')).toBe(true);
    expect(rows[6].endsWith(',flagged,bad,lore error; too long,She *knows* the harbour.')).toBe(true);
  });

  it('Markdown: a review line under a reviewed reply, and the session’s status', () => {
    const text = exportSessions(withReviews, 'markdown');
    expect(text).toContain('· 3 exchanges · review: flagged');
    expect(text).toContain('**Mara**: A2\n\n_Review_: good\n');
    expect(text).toContain('**Mara**: A3\n\n_Review_: bad · labels: lore error, too long · note: She \\*knows\\* the harbour.\n');
    expect(text).toContain('**Mara**: A1\n\n**Player**');
  });

  it('matches a review to the right one of exchanges sharing a timestamp', () => {
    const twin: Exchange = {
      ...exchange(1),
      interaction: [
        { speaker: 'User', message: 'Q1b' },
        { speaker: 'Character', message: 'A1b' },
      ],
    };
    const input = reviewed([exchange(1), twin], [{ ...annotation(1, { rating: 'bad' }), exchange: exchangeKey(twin.timestamp, 1) }]);
    const lines = exportSessions(input, 'jsonl')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { review: unknown });
    expect(lines.map((line) => line.review)).toEqual([null, { rating: 'bad', labels: [], note: '' }]);
  });

  it('without a review, a session is unreviewed', () => {
    expect(exportSessions(input, 'markdown')).toContain('· 2 exchanges · review: unreviewed');
  });
});

describe('fine-tuning JSONL', () => {
  const system = { role: 'system', content: 'Mara keeps the harbour light.' };
  const parse = (text: string) =>
    text
      .trimEnd()
      .split('\n')
      .map((line): unknown => JSON.parse(line));

  it('one line per exchange rated good, with the earlier exchanges of the session as context', () => {
    const input = reviewed(
      [exchange(1), exchange(2), exchange(3), exchange(4)],
      [annotation(1, { rating: 'good' }), annotation(3, { rating: 'good', note: 'Lovely.' }), annotation(4, { rating: 'bad' })],
    );
    const text = exportSessions(input, 'finetune');
    expect(text.split('\n')).toEqual([
      '{"messages":[{"role":"system","content":"Mara keeps the harbour light."},{"role":"user","content":"Q1"},{"role":"assistant","content":"A1"}]}',
      '{"messages":[{"role":"system","content":"Mara keeps the harbour light."},{"role":"user","content":"Q1"},{"role":"assistant","content":"A1"},' +
        '{"role":"user","content":"Q2"},{"role":"assistant","content":"A2"},{"role":"user","content":"Q3"},{"role":"assistant","content":"A3"}]}',
      '',
    ]);
  });

  it('without context: the system message, the player’s text and the good reply only', () => {
    const input = reviewed([exchange(1), exchange(2)], [annotation(2, { rating: 'good' })]);
    expect(parse(fineTuneLines(input, 0))).toEqual([
      { messages: [system, { role: 'user', content: 'Q2' }, { role: 'assistant', content: 'A2' }] },
    ]);
  });

  it('keeps the last 10 earlier exchanges as context', () => {
    const exchanges = Array.from({ length: 12 }, (_, index) => exchange(index + 1));
    const input = reviewed(exchanges, [annotation(12, { rating: 'good' })]);
    const [line] = parse(exportSessions(input, 'finetune')) as Array<{ messages: Array<{ content: string }> }>;
    expect(line.messages).toHaveLength(1 + 2 * 10 + 2);
    expect(line.messages[1].content).toBe('Q2');
    expect(line.messages.at(-1)!.content).toBe('A12');
  });

  it('leaves trigger events out, as examples and as context', () => {
    const input = reviewed(
      [exchange(1, true), exchange(2), exchange(3, true), exchange(4)],
      [annotation(1, { rating: 'good' }), annotation(3, { rating: 'good' }), annotation(4, { rating: 'good' })],
    );
    expect(parse(exportSessions(input, 'finetune'))).toEqual([
      {
        messages: [
          system,
          { role: 'user', content: 'Q2' },
          { role: 'assistant', content: 'A2' },
          { role: 'user', content: 'Q4' },
          { role: 'assistant', content: 'A4' },
        ],
      },
    ]);
  });

  it('names the character when the backstory is empty', () => {
    const input = reviewed([exchange(1)], [annotation(1, { rating: 'good' })], '  ');
    const [line] = parse(exportSessions(input, 'finetune')) as Array<{ messages: Array<{ role: string; content: string }> }>;
    expect(line.messages[0]).toEqual({ role: 'system', content: 'You are Mara, a character in a game. Stay in character.' });
  });

  it('is empty when nothing is rated good (bad ratings, notes, a good trigger event)', () => {
    const input = reviewed(
      [exchange(1, true), exchange(2)],
      [annotation(1, { rating: 'good' }), annotation(2, { rating: 'bad', note: 'No.' })],
    );
    expect(exportSessions(input, 'finetune')).toBe('');
    expect(exportSessions({ ...input, sessions: [] }, 'finetune')).toBe('');
  });
});

describe('exportFileName', () => {
  it('makes a safe, readable name', () => {
    expect(exportFileName('Séo-yeon Park / Medic', '25-09-2024 20:52', 'markdown')).toBe('seo-yeon-park-medic-25-09-2024-2052.md');
    expect(exportFileName('???', 'all sessions', 'csv')).toBe('character-all-sessions.csv');
    expect(exportFileName('Mara', 'all sessions', 'finetune')).toBe('mara-all-sessions-fine-tune.jsonl');
  });
});
