/** `document.send`: an agent sends a document from the library as a file message. */
import { DocumentSendFrame } from '../protocol';
import { sendDocument } from '../domain/files';
import { route } from './lib/websocket';

export const handler = route(DocumentSendFrame, sendDocument);
