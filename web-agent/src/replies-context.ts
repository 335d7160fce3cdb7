/** The console's one set of replies: the composers' Insert and `/` and the top bar's Replies editor share it, so an edit shows everywhere. */
import { createContext } from 'preact';
import type { Replies } from './use-replies';

export const RepliesContext = createContext<Replies | undefined>(undefined);
