/** Waiting on a text field's value: an insert (Insert, `/`, Emoji) lands a frame after the dialog or list has gone. */
import type { Locator } from 'playwright-core';

/**
 * Resolves with the field's value once it equals `expected` (or matches it, for a RegExp), or with
 * whatever it holds after `timeoutMs`, so the test's own assertion reports the difference.
 */
export async function valueOnceItIs(field: Locator, expected: string | RegExp, timeoutMs = 5_000): Promise<string> {
  const handle = await field.elementHandle();
  const wanted = typeof expected === 'string' ? { exact: expected } : { source: expected.source, flags: expected.flags };
  await field
    .page()
    .waitForFunction(
      ({ element, want }) => {
        const value = (element as HTMLTextAreaElement).value;
        return 'exact' in want ? value === want.exact : new RegExp(want.source!, want.flags).test(value);
      },
      { element: handle, want: wanted as { exact?: string; source?: string; flags?: string } },
      { timeout: timeoutMs },
    )
    .catch(() => undefined);
  return field.inputValue();
}
