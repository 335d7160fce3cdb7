/**
 * The two word lists of `stopword` (which ships no types) that FAQ matching uses, imported one file
 * each: its main entry holds all 62 languages, which would swell the function's bundle by 240 KB.
 */
declare module 'stopword/src/stopwords_eng.js' {
  export const eng: string[];
}
declare module 'stopword/src/stopwords_nld.js' {
  export const nld: string[];
}
