/** `file.upload`: checks the size and answers with a presigned PUT for the file. */
import { FileUploadFrame } from '../protocol';
import { requestUpload } from '../domain/files';
import { route } from './lib/websocket';

export const handler = route(FileUploadFrame, requestUpload);
