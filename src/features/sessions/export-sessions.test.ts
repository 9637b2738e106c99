import { describe, expect, it } from 'vitest';
import { exportFileName, exportSessions, type ExportInput } from './export-sessions';

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
    expect(parsed.sessions[0].exchanges).toEqual(input.sessions[0].exchanges);
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
      },
      {
        character_id: 'c1',
        session_id: 's1',
        exchange: 2,
        timestamp: '2024-09-25 20:53:10.500000',
        user: '=HYPERLINK("x"), and a line\nbreak',
        character: 'I *never* lie.',
        is_trigger_input: false,
      },
    ]);
  });

  it('CSV quotes what needs quoting and defuses formulas', () => {
    const rows = exportSessions(input, 'csv').split('\r\n');
    expect(rows[0]).toBe('character,session_id,session_date,session_time,exchange,timestamp,speaker,message,is_trigger_input');
    expect(rows[1]).toBe('"Mara ""Quill""",s1,25-09-2024,20:52:57,1,2024-09-25 20:53:01.000001,User,User entered the scene,true');
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

describe('exportFileName', () => {
  it('makes a safe, readable name', () => {
    expect(exportFileName('Séo-yeon Park / Medic', '25-09-2024 20:52', 'markdown')).toBe('seo-yeon-park-medic-25-09-2024-2052.md');
    expect(exportFileName('???', 'all sessions', 'csv')).toBe('character-all-sessions.csv');
  });
});
