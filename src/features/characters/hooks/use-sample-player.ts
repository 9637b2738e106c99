import { useCallback, useEffect, useRef, useState } from 'react';

/** Plays one voice sample at a time; playing another stops the first. */
export function useSamplePlayer() {
  const audioRef = useRef<HTMLAudioElement | null>(null);
  const [playing, setPlaying] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const stop = useCallback(() => {
    audioRef.current?.pause();
    audioRef.current = null;
    setPlaying(null);
  }, []);

  const toggle = useCallback(
    (url: string) => {
      if (playing === url) return stop();
      stop();
      setFailed(null);
      const audio = new Audio(url);
      audioRef.current = audio;
      audio.addEventListener('ended', () => audioRef.current === audio && setPlaying(null));
      audio.addEventListener('error', () => {
        if (audioRef.current !== audio) return;
        setPlaying(null);
        setFailed(url);
      });
      setPlaying(url);
      audio.play().catch(() => {
        if (audioRef.current !== audio) return;
        setPlaying(null);
        setFailed(url);
      });
    },
    [playing, stop],
  );

  useEffect(() => stop, [stop]);
  return { playing, failed, toggle };
}
