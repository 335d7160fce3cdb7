import { QUESTION_KEPT_BYTES, QUESTION_PREVIEW_BYTES, questionPreview } from '../../../functions/domain/question-preview';

describe('questionPreview', () => {
  test('leaves a question that fits whole alone', () => {
    expect(questionPreview('Where is my parcel?')).toBeUndefined();
    expect(questionPreview('a'.repeat(QUESTION_KEPT_BYTES))).toBeUndefined();
  });

  test('cuts a longer one to its first words within the budget, ending in an ellipsis', () => {
    const preview = questionPreview('word '.repeat(200))!;

    expect(Buffer.byteLength(preview)).toBeLessThanOrEqual(QUESTION_PREVIEW_BYTES);
    expect(preview).toMatch(/^word( word)*…$/);
  });

  test('never splits a character of several bytes', () => {
    const preview = questionPreview('😀'.repeat(200))!;

    expect(Buffer.byteLength(preview)).toBeLessThanOrEqual(QUESTION_PREVIEW_BYTES);
    expect(preview).toMatch(/^(😀)+…$/u);
  });
});
