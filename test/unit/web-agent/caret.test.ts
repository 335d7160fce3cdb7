import { separated, spliceAt } from '../../../web-agent/src/caret';

describe('separated: a reply inserted into a draft', () => {
  it('is kept apart by a space from a draft that does not end in one', () => {
    expect(separated('I checked it carefully.', 'Skeins ship on Monday.')).toBe(' Skeins ship on Monday.');
    expect('I checked it carefully.' + separated('I checked it carefully.', 'Skeins ship on Monday.')).toBe('I checked it carefully. Skeins ship on Monday.');
  });

  it('adds nothing before it when the field is empty, or the draft ends in a space or a new line', () => {
    expect(separated('', 'Hello')).toBe('Hello');
    expect(separated('Thanks! ', 'Hello')).toBe('Hello');
    expect(separated('Thanks!\n', 'Hello')).toBe('Hello');
  });

  it('is kept apart by a new line when it is several lines itself', () => {
    expect(separated('See below:', 'Line one\nLine two')).toBe('\nLine one\nLine two');
  });

  it('is kept apart from a word right after the caret too', () => {
    expect(separated('Hi ', 'Mila', 'thanks')).toBe('Mila ');
    expect(separated('Hi', 'Mila', ' thanks')).toBe(' Mila');
  });

  it('stays empty when there is nothing to insert', () => {
    expect(separated('Draft', '')).toBe('');
  });

  it('goes where the caret is, as spliceAt puts it', () => {
    const before = 'Dear Mila,';
    expect(spliceAt(before, before.length, before.length, separated(before, 'yes.'))).toEqual({ text: 'Dear Mila, yes.', caret: 15 });
  });
});
