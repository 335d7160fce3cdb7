/** `file.send`: the uploaded file's content is checked, then it is stored and delivered as a message. */
import { FileSendFrame } from '../protocol';
import { sendFile } from '../domain/files';
import { route } from './lib/websocket';

export const handler = route(FileSendFrame, sendFile);
