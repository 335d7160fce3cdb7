/** `file.download`: a short-lived download link, for the chat's participants only. */
import { FileDownloadFrame } from '../protocol';
import { requestDownload } from '../domain/files';
import { route } from './lib/websocket';

export const handler = route(FileDownloadFrame, requestDownload);
