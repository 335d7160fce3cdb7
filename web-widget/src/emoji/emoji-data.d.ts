/** Built by infra/emoji-data.ts: `[group, "😀 grinning face|…"]` per group. */
declare module 'parley:emoji-data' {
  const groups: [string, string][];
  export default groups;
}
