import { createBeeper } from '../../../web-agent/src/sound';

/** A stand-in AudioContext: records oscillators started and resume calls. */
function fakeAudio(initial: AudioContextState) {
  const record = { started: 0, resumed: 0, allowResume: false };
  class FakeContext {
    state: AudioContextState = initial;
    currentTime = 0;
    destination = {};
    onstatechange: (() => void) | null = null;
    createOscillator() {
      const node = { frequency: { value: 0 }, connect: (next: unknown) => next, start: () => record.started++, stop: () => {} };
      return node;
    }
    createGain() {
      return { gain: { setValueAtTime: () => {}, exponentialRampToValueAtTime: () => {} }, connect: (next: unknown) => next };
    }
    resume() {
      record.resumed++;
      if (record.allowResume) {
        this.state = 'running';
        this.onstatechange?.();
      }
      return Promise.resolve();
    }
    close() {
      return Promise.resolve();
    }
  }
  return { record, Ctor: FakeContext as unknown as new () => AudioContext };
}

describe('createBeeper', () => {
  it('plays a tone when the browser allows sound', () => {
    const audio = fakeAudio('running');
    const beeper = createBeeper(audio.Ctor);
    beeper.beep();
    expect(audio.record.started).toBe(1);
    expect(beeper.blocked).toBe(false);
  });

  it('reports blocked sound while the context is suspended', () => {
    const audio = fakeAudio('suspended');
    const beeper = createBeeper(audio.Ctor);
    beeper.beep();
    expect(beeper.blocked).toBe(true);
    expect(audio.record.started).toBe(0);
  });

  it('tells its listener when a beep found sound blocked', () => {
    const audio = fakeAudio('suspended');
    const beeper = createBeeper(audio.Ctor);
    const listener = jest.fn();
    beeper.onChange(listener);
    beeper.beep();
    expect(listener).toHaveBeenCalled();
  });

  it('is no longer blocked once allowed from a gesture', async () => {
    const audio = fakeAudio('suspended');
    const beeper = createBeeper(audio.Ctor);
    audio.record.allowResume = true;
    await beeper.allow();
    expect(beeper.blocked).toBe(false);
  });

  it('does nothing where the browser has no WebAudio', () => {
    const beeper = createBeeper(undefined);
    expect(() => beeper.beep()).not.toThrow();
    expect(beeper.blocked).toBe(false);
  });
});
