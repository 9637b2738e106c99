import { useCallback, useEffect, useRef, useState } from 'react';

/** Plays one sound at a time (a voice sample, a spoken reply); playing another stops the first. */
export function useAudioPlayer() {
  const audioRef = useRef<HTMLAudioElement | null>(null);
  const [playing, setPlaying] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const stop = useCallback(() => {
    audioRef.current?.pause();
    audioRef.current = null;
    setPlaying(null);
  }, []);

  /** Plays `url` from its start, stopping whatever was playing. */
  const play = useCallback(
    (url: string) => {
      stop();
      setFailed(null);
      const audio = new Audio(url);
      audioRef.current = audio;
      const failure = () => {
        if (audioRef.current !== audio) return;
        setPlaying(null);
        setFailed(url);
      };
      audio.addEventListener('ended', () => audioRef.current === audio && setPlaying(null));
      audio.addEventListener('error', failure);
      setPlaying(url);
      audio.play().catch(failure);
    },
    [stop],
  );

  /** Plays `url`, or stops it when it is the one playing. */
  const toggle = useCallback((url: string) => (playing === url ? stop() : play(url)), [playing, play, stop]);

  useEffect(() => stop, [stop]);
  return { playing, failed, toggle, play, stop };
}
