/**
 * A short beep made with WebAudio (no audio file to fetch). Browsers keep an AudioContext
 * suspended until the page has had a user gesture (Chrome's autoplay policy), which is the
 * usual reason agents miss chats: so the beeper says when it is blocked, and `allow` — called
 * from a click — lets it play.
 */

type AudioContextClass = new () => AudioContext;

export interface Beeper {
  /** True while the browser keeps sound from playing. */
  readonly blocked: boolean;
  /** Plays the beep; when blocked, tries to resume and reports the block instead. */
  beep(): void;
  /** Resumes sound; call it from a user gesture (a click or key press). */
  allow(): Promise<void>;
  /** Called whenever `blocked` may have changed. */
  onChange(listener: () => void): void;
  close(): void;
}

export function createBeeper(AudioContextCtor: AudioContextClass | undefined = globalThis.AudioContext): Beeper {
  const context = AudioContextCtor ? new AudioContextCtor() : undefined;
  let listener = () => {};
  const blocked = () => !!context && context.state !== 'running' && context.state !== 'closed';
  if (context) context.onstatechange = () => listener();

  return {
    get blocked() {
      return blocked();
    },
    beep() {
      if (!context) return;
      if (blocked()) {
        // Without a gesture the promise may never settle; the state change is what counts.
        context.resume().catch(() => {});
        listener();
        return;
      }
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const start = context.currentTime;
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.25);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.3);
    },
    async allow() {
      await context?.resume();
      listener();
    },
    onChange(next) {
      listener = next;
    },
    close() {
      void context?.close().catch(() => {});
    },
  };
}
