/** The part of `stopword` (which ships no types) that FAQ matching uses: its word lists. */
declare module 'stopword' {
  export const eng: string[];
  export const nld: string[];
}
