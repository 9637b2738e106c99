/** The parts of eSpeak NG's WebAssembly build that espeak-process.ts uses (the package has no types). */
declare module '@echogarden/espeak-ng-emscripten' {
  export type ESpeakNG = {
    set_voice(name: string): unknown;
    set_pitch(value: number): unknown;
    set_rate(value: number): unknown;
    set_range(value: number): unknown;
    get_samplerate(): number;
    synthesize(text: string, onSamples: (samples: Int16Array | null) => void): unknown;
  };
  const init: () => Promise<{ eSpeakNGWorker: new () => ESpeakNG }>;
  export default init;
}
