/** The messages between the server and the synthesizer's process (espeak-process.ts). */

/** One text to speak, with eSpeak NG's voice ("fr+f3"), pitch (0–99), rate (words a minute) and pitch range (0–99). */
export type SynthesisRequest = { id: number; text: string; voice: string; pitch: number; rate: number; range: number };

export type SynthesisReply = { id: number; pcm: Int16Array; sampleRate: number } | { id: number; error: string };
