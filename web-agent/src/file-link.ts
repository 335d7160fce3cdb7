/** How a transcript shown outside its conversation (earlier chats, chat history) gets a link to one of its files. */
import { createContext } from 'preact';

export type FileLink = (chatId: string, seq: number) => Promise<string>;

export const FileLinkContext = createContext<FileLink | undefined>(undefined);
