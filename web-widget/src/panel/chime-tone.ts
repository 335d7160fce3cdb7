/**
 * The new-message tone, made with Web Audio, so there is no audio file to fetch and nothing for a
 * Content-Security-Policy to block. Until the page has had a click or a key press the browser keeps
 * the AudioContext suspended and the tone is silent; that is its rule. A part fetched on demand (chime.ts).
 */
let context: AudioContext | undefined;

export function playTone(): void {
  try {
    context ??= new AudioContext();
    void context.resume();
    const at = context.currentTime;
    const tone = context.createOscillator();
    const volume = context.createGain();
    tone.frequency.value = 880;
    volume.gain.setValueAtTime(0.2, at);
    volume.gain.exponentialRampToValueAtTime(0.001, at + 0.35);
    tone.connect(volume).connect(context.destination);
    tone.start(at);
    tone.stop(at + 0.35);
  } catch {
    // No Web Audio here: no sound.
  }
}
