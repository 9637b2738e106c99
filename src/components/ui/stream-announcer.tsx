import { useEffect, useRef, useState } from 'react';
import { completeSentencesEnd } from '@/lib/text';

export type AnnouncedStream = {
  /** Changes for each new stream: a new key starts the announcements again. */
  key: string | number;
  state: 'starting' | 'streaming' | 'done' | 'stopped' | 'failed';
  text: string;
};

/** How long the region waits between two readings of new sentences. */
const GAP_MS = 4_000;

const words = (text: string) => text.match(/\S+/g)?.length ?? 0;

export type StreamWords = {
  start: string;
  done?: (words: number) => string;
  stopped?: (words: number) => string;
};

/** What a generated text's announcer says: "Writing the backstory…", "The backstory is finished: 212 words." */
export const writingWords = (what: string): StreamWords => ({
  start: `Writing ${what}…`,
  done: (count) => `${what.charAt(0).toUpperCase()}${what.slice(1)} is finished: ${count.toLocaleString()} words.`,
  stopped: (count) => `Stopped. ${count.toLocaleString()} words are kept.`,
});

/**
 * A polite live region for a text that streams in: it says when the stream starts, reads the text
 * in whole sentences (never pieces), a few at a time and at most every few seconds, and says how it
 * ended. A failure is left to the error shown beside the text (an alert, read at once).
 * `says` gives its words for the start and for the end (with the text's word count).
 */
export function StreamAnnouncer({ stream, says }: { stream: AnnouncedStream | null; says: StreamWords }) {
  // What the region says is written to it directly: it is speech, not part of the rendered page.
  const region = useRef<HTMLDivElement>(null);
  const spoken = useRef<{ key: AnnouncedStream['key']; upTo: number; at: number; ended: boolean } | null>(null);
  const [wake, setWake] = useState(0);

  useEffect(() => {
    const say = (message: string) => {
      if (region.current) region.current.textContent = message;
    };
    if (!stream) return;
    const now = performance.now();
    if (spoken.current?.key !== stream.key) {
      // A stream seen first already ended (a kept draft) is not read out.
      const ended = stream.state === 'done' || stream.state === 'stopped' || stream.state === 'failed';
      spoken.current = { key: stream.key, upTo: ended ? stream.text.length : 0, at: now, ended };
      if (!ended) say(says.start);
      return;
    }
    const progress = spoken.current;
    if (progress.ended) return;
    if (stream.state === 'starting' || stream.state === 'streaming') {
      const end = completeSentencesEnd(stream.text, progress.upTo);
      if (end === progress.upTo) return;
      const wait = progress.at + GAP_MS - now;
      if (wait > 0) {
        const timer = setTimeout(() => setWake((count) => count + 1), wait);
        return () => clearTimeout(timer);
      }
      say(stream.text.slice(progress.upTo, end).trim());
      progress.upTo = end;
      progress.at = now;
      return;
    }
    progress.ended = true;
    // At the end, whatever was not read yet, a last unfinished sentence too.
    const rest = stream.state === 'failed' ? '' : stream.text.slice(progress.upTo).trim();
    const count = words(stream.text);
    const ending = stream.state === 'done' ? says.done?.(count) : stream.state === 'stopped' ? says.stopped?.(count) : undefined;
    say([rest, ending].filter(Boolean).join(' '));
    // The stream's parts, not the object: a caller may build a new one each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stream?.key, stream?.state, stream?.text, says, wake]);

  return <div ref={region} role="status" aria-live="polite" data-testid="stream-announcer" className="sr-only" />;
}
