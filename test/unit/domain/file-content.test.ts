import { allowedTypeOf, looksLikeText } from '../../../functions/domain/file-content';
import * as sample from '../../support/sample-files';

describe('allowedTypeOf', () => {
  test.each([
    ['png', sample.png(), 'image/png'],
    ['jpeg', sample.jpeg(), 'image/jpeg'],
    ['gif', sample.gif(), 'image/gif'],
    ['webp', sample.webp(), 'image/webp'],
    ['pdf', sample.pdf(), 'application/pdf'],
    ['docx', sample.docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['plain text in UTF-8', sample.text(), 'text/plain'],
  ])('accepts a %s by its bytes', async (_kind, bytes, mime) => {
    expect(await allowedTypeOf(bytes)).toBe(mime);
  });

  test('refuses a Windows executable', async () => {
    expect(await allowedTypeOf(sample.exe())).toBeUndefined();
  });

  test('refuses a plain zip archive, which is not an office document', async () => {
    expect(await allowedTypeOf(sample.plainZip())).toBeUndefined();
  });

  test('refuses an empty file', async () => {
    expect(await allowedTypeOf(new Uint8Array())).toBeUndefined();
  });

  test('judges by content alone: executable bytes stay refused whatever the file was called', async () => {
    // The function never sees a name; this pins that a PDF signature later in the file does not help either.
    expect(await allowedTypeOf(Buffer.concat([sample.exe(), sample.pdf()]))).toBeUndefined();
  });
});

describe('looksLikeText', () => {
  test('accepts a multi-byte character cut off at the end of the sample', () => {
    const cut = Buffer.from('caf\u00e9').subarray(0, 4);
    expect(looksLikeText(cut)).toBe(true);
  });

  test('refuses bytes that are not UTF-8', () => {
    expect(looksLikeText(Buffer.from([0x68, 0x69, 0xff, 0xfe, 0x68]))).toBe(false);
  });

  test('refuses a NUL byte', () => {
    expect(looksLikeText(Buffer.from('abc\0def'))).toBe(false);
  });
});
