/** Every leaf of a words object (a language's strings) as [path, text], each function called with sample arguments. */
export function stringLeaves(strings: object, path = ''): [string, string][] {
  return Object.entries(strings).flatMap(([key, value]): [string, string][] => {
    const at = path ? `${path}.${key}` : key;
    if (typeof value === 'function') return [[at, sampleText(value)]];
    if (value && typeof value === 'object') return stringLeaves(value, at);
    return [[at, String(value)]];
  });
}

/** What a words function says for sample arguments: a count, a name and a channel, or else a list of names. */
function sampleText(words: (...args: never[]) => unknown): string {
  const call = words as (...args: unknown[]) => unknown;
  try {
    return String(call(2, 'Anna', 'web'));
  } catch {
    return String(call(['name']));
  }
}
