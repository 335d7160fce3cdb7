/**
 * The one list of Parley's handlers: what each runs, what triggers it, and what it may touch.
 * The CDK stack (infra/aws) and the local runtime (infra/local) are both built from this list,
 * so a route added here exists in both, with the same permissions and environment.
 */

export type Trigger =
  /** API Gateway WebSocket route; `$connect`, `$disconnect`, `$default` or an `action` value. */
  | { kind: 'websocket'; route: string }
  /** API Gateway HTTP API route (payload format 2.0). */
  | { kind: 'http'; method: 'GET' | 'POST'; path: string }
  /** EventBridge scheduled rule. */
  | { kind: 'schedule'; everyMinutes: number }
  /**
   * EventBridge rule on Parley's own bus, matching these detail types; with `detailHas`, only events
   * whose detail has each of those fields (an `exists` match), so the function is not invoked for nothing.
   */
  | { kind: 'event'; detailTypes: string[]; detailHas?: string[] };

export interface Access {
  table: 'read' | 'readwrite';
  /** May post to, read and close WebSocket connections (API Gateway management API). */
  connections?: boolean;
  /** May put events on Parley's bus. */
  bus?: boolean;
  /** May send mail (SES on AWS, from the tenant's `mailFrom` sender; the local mailbox locally). */
  mail?: boolean;
  /** May read, write and delete objects in the files bucket, and presign URLs for them. */
  files?: boolean;
}

export interface HandlerSpec {
  /** Stable logical name: CDK construct id and local log label. */
  name: string;
  /** Source file, relative to the repository root; it exports `handler`. */
  entry: string;
  trigger: Trigger;
  access: Access;
  memoryMb?: number;
  timeoutSeconds?: number;
}

const ws = (route: string) => ({ kind: 'websocket', route }) as const;
const post = (path: string) => ({ kind: 'http', method: 'POST', path }) as const;
const get = (path: string) => ({ kind: 'http', method: 'GET', path }) as const;
const chatting: Access = { table: 'readwrite', connections: true, bus: true };
const filing: Access = { table: 'readwrite', connections: true, files: true };

export const handlers: HandlerSpec[] = [
  { name: 'WsConnect', entry: 'functions/handlers/ws-connect.ts', trigger: ws('$connect'), access: { table: 'readwrite' } },
  { name: 'WsDisconnect', entry: 'functions/handlers/ws-disconnect.ts', trigger: ws('$disconnect'), access: { table: 'readwrite' } },
  { name: 'WsDefault', entry: 'functions/handlers/ws-default.ts', trigger: ws('$default'), access: { table: 'read', connections: true } },
  { name: 'WsSync', entry: 'functions/handlers/ws-sync.ts', trigger: ws('sync'), access: chatting },
  { name: 'WsChatStart', entry: 'functions/handlers/ws-chat-start.ts', trigger: ws('chat.start'), access: chatting },
  { name: 'WsMessageSend', entry: 'functions/handlers/ws-message-send.ts', trigger: ws('message.send'), access: chatting },
  { name: 'WsQueueNext', entry: 'functions/handlers/ws-queue-next.ts', trigger: ws('queue.next'), access: chatting },
  { name: 'WsQueueClaim', entry: 'functions/handlers/ws-queue-claim.ts', trigger: ws('queue.claim'), access: chatting },
  { name: 'WsTyping', entry: 'functions/handlers/ws-typing.ts', trigger: ws('typing'), access: { table: 'readwrite', connections: true } },
  { name: 'WsChatRead', entry: 'functions/handlers/ws-chat-read.ts', trigger: ws('chat.read'), access: chatting },
  { name: 'WsPing', entry: 'functions/handlers/ws-ping.ts', trigger: ws('ping'), access: { table: 'readwrite', connections: true } },
  { name: 'WsChatLink', entry: 'functions/handlers/ws-chat-link.ts', trigger: ws('chat.link'), access: chatting },
  { name: 'WsRequestCreate', entry: 'functions/handlers/ws-request-create.ts', trigger: ws('request.create'), access: chatting },
  { name: 'WsChatTransfer', entry: 'functions/handlers/ws-chat-transfer.ts', trigger: ws('chat.transfer'), access: chatting },
  { name: 'WsTransferAccept', entry: 'functions/handlers/ws-transfer-answer.ts', trigger: ws('transfer.accept'), access: chatting },
  { name: 'WsTransferReject', entry: 'functions/handlers/ws-transfer-answer.ts', trigger: ws('transfer.reject'), access: chatting },
  { name: 'WsTransferCancel', entry: 'functions/handlers/ws-transfer-answer.ts', trigger: ws('transfer.cancel'), access: chatting },
  { name: 'WsChatTakeover', entry: 'functions/handlers/ws-chat-takeover.ts', trigger: ws('chat.takeover'), access: chatting },
  { name: 'WsChatFeedback', entry: 'functions/handlers/ws-chat-feedback.ts', trigger: ws('chat.feedback'), access: { ...chatting, mail: true } },
  { name: 'WsChatReopen', entry: 'functions/handlers/ws-chat-reopen.ts', trigger: ws('chat.reopen'), access: chatting },
  { name: 'WsChatListen', entry: 'functions/handlers/ws-chat-listen.ts', trigger: ws('chat.listen'), access: chatting },
  { name: 'WsChatUnlisten', entry: 'functions/handlers/ws-chat-listen.ts', trigger: ws('chat.unlisten'), access: { table: 'readwrite', connections: true } },
  { name: 'WsChatEnd', entry: 'functions/handlers/ws-chat-end.ts', trigger: ws('chat.end'), access: chatting },
  { name: 'WsPresenceSet', entry: 'functions/handlers/ws-presence-set.ts', trigger: ws('presence.set'), access: chatting },
  { name: 'WsWatch', entry: 'functions/handlers/ws-watch.ts', trigger: ws('watch'), access: { table: 'readwrite', connections: true } },
  { name: 'HttpLogin', entry: 'functions/handlers/http-login.ts', trigger: post('/api/login'), access: { table: 'readwrite' } },
  { name: 'HttpMe', entry: 'functions/handlers/http-me.ts', trigger: get('/api/me'), access: { table: 'read' } },
  { name: 'HttpMeLanguage', entry: 'functions/handlers/http-me-language.ts', trigger: post('/api/me/language'), access: { table: 'readwrite' } },
  { name: 'HttpVisitor', entry: 'functions/handlers/http-visitor.ts', trigger: post('/api/visitors'), access: { table: 'readwrite' } },
  { name: 'HttpTicket', entry: 'functions/handlers/http-ticket.ts', trigger: post('/api/tickets'), access: { table: 'readwrite' } },
  { name: 'HttpAvailability', entry: 'functions/handlers/http-availability.ts', trigger: get('/api/availability'), access: { table: 'read' } },
  { name: 'HttpOfflineRequest', entry: 'functions/handlers/http-offline-request.ts', trigger: post('/api/offline-requests'), access: { table: 'readwrite', bus: true } },
  { name: 'HttpRequests', entry: 'functions/handlers/http-requests.ts', trigger: get('/api/requests'), access: { table: 'read' } },
  { name: 'HttpContactsSearch', entry: 'functions/handlers/http-contacts-search.ts', trigger: get('/api/contacts'), access: { table: 'read' } },
  { name: 'HttpContactCreate', entry: 'functions/handlers/http-contact-create.ts', trigger: post('/api/contacts'), access: { table: 'readwrite' } },
  { name: 'HttpContactGet', entry: 'functions/handlers/http-contact-get.ts', trigger: get('/api/contacts/{personId}'), access: { table: 'read' } },
  { name: 'HttpContactUpdate', entry: 'functions/handlers/http-contact-update.ts', trigger: post('/api/contacts/{personId}'), access: { table: 'readwrite' } },
  { name: 'HttpChatTranscript', entry: 'functions/handlers/http-chat-transcript.ts', trigger: get('/api/chats/{chatId}'), access: { table: 'read' } },
  { name: 'HttpMailbox', entry: 'functions/handlers/http-mailbox.ts', trigger: get('/api/mailbox'), access: { table: 'read' } },
  { name: 'HttpOngoingChats', entry: 'functions/handlers/http-ongoing-chats.ts', trigger: get('/api/ongoing-chats'), access: { table: 'read' } },
  { name: 'HttpChannels', entry: 'functions/handlers/http-channels.ts', trigger: get('/api/channels'), access: { table: 'read' } },
  { name: 'HttpChannelNames', entry: 'functions/handlers/http-channel-names.ts', trigger: get('/api/channel-names'), access: { table: 'read' } },
  { name: 'HttpChannelSave', entry: 'functions/handlers/http-channel-save.ts', trigger: post('/api/channels'), access: { table: 'readwrite', connections: true } },
  { name: 'HttpWidgetChannel', entry: 'functions/handlers/http-widget-channel.ts', trigger: get('/api/widget/{channelId}'), access: { table: 'read' } },
  { name: 'HttpFaqSuggestions', entry: 'functions/handlers/http-faq-suggestions.ts', trigger: get('/api/widget/{channelId}/faq'), access: { table: 'readwrite' } },
  { name: 'HttpReplies', entry: 'functions/handlers/http-replies.ts', trigger: get('/api/replies'), access: { table: 'read' } },
  { name: 'HttpReplyCreate', entry: 'functions/handlers/http-reply-create.ts', trigger: post('/api/replies'), access: { table: 'readwrite', connections: true } },
  { name: 'HttpReplyUpdate', entry: 'functions/handlers/http-reply-update.ts', trigger: post('/api/replies/{replyId}'), access: { table: 'readwrite', connections: true } },
  { name: 'HttpReplyDelete', entry: 'functions/handlers/http-reply-delete.ts', trigger: post('/api/replies/{replyId}/delete'), access: { table: 'readwrite', connections: true } },
  { name: 'HttpReplyFavourite', entry: 'functions/handlers/http-reply-favourite.ts', trigger: post('/api/replies/{replyId}/favourite'), access: { table: 'readwrite' } },
  { name: 'HttpReplyUsed', entry: 'functions/handlers/http-reply-used.ts', trigger: post('/api/replies/{replyId}/used'), access: { table: 'readwrite' } },
  { name: 'WsFileUpload', entry: 'functions/handlers/ws-file-upload.ts', trigger: ws('file.upload'), access: filing },
  { name: 'WsFileSend', entry: 'functions/handlers/ws-file-send.ts', trigger: ws('file.send'), access: filing },
  { name: 'WsDocumentSend', entry: 'functions/handlers/ws-document-send.ts', trigger: ws('document.send'), access: filing },
  { name: 'WsFileDownload', entry: 'functions/handlers/ws-file-download.ts', trigger: ws('file.download'), access: { table: 'read', connections: true, files: true } },
  { name: 'HttpDocumentsList', entry: 'functions/handlers/http-documents-list.ts', trigger: get('/api/documents'), access: { table: 'read' } },
  { name: 'HttpDocumentUpload', entry: 'functions/handlers/http-document-upload.ts', trigger: post('/api/documents'), access: { table: 'read', files: true } },
  { name: 'HttpDocumentAdd', entry: 'functions/handlers/http-document-add.ts', trigger: post('/api/documents/{documentId}'), access: { table: 'readwrite', files: true } },
  { name: 'HttpAdminAgents', entry: 'functions/handlers/http-admin-agents.ts', trigger: get('/api/admin/agents'), access: { table: 'read' } },
  { name: 'HttpAdminAgentCreate', entry: 'functions/handlers/http-admin-agent-create.ts', trigger: post('/api/admin/agents'), access: { table: 'readwrite' } },
  { name: 'HttpAdminAgentChange', entry: 'functions/handlers/http-admin-agent-change.ts', trigger: post('/api/admin/agents/{agentId}'), access: { table: 'readwrite', connections: true } },
  { name: 'HttpAdminAudit', entry: 'functions/handlers/http-admin-audit.ts', trigger: get('/api/admin/audit'), access: { table: 'read' } },
  { name: 'HttpInviteAccept', entry: 'functions/handlers/http-invite-accept.ts', trigger: post('/api/invites'), access: { table: 'readwrite' } },
  { name: 'HttpDocumentRemove', entry: 'functions/handlers/http-document-remove.ts', trigger: post('/api/documents/{documentId}/remove'), access: { table: 'readwrite', files: true } },
  { name: 'EventActivityWriter', entry: 'functions/handlers/event-activity-writer.ts', trigger: { kind: 'event', detailTypes: ['chat.ended', 'chat.linked'], detailHas: ['personId'] }, access: { table: 'readwrite' } },
  { name: 'HttpStats', entry: 'functions/handlers/http-stats.ts', trigger: get('/api/stats'), access: { table: 'read' } },
  { name: 'HttpStatsLive', entry: 'functions/handlers/http-stats-live.ts', trigger: get('/api/stats/live'), access: { table: 'read' } },
  { name: 'EventStatsWriter', entry: 'functions/handlers/event-stats-writer.ts', trigger: { kind: 'event', detailTypes: ['chat.started', 'chat.answered', 'chat.requeued', 'chat.reopened', 'chat.ended', 'chat.rated', 'request.created', 'chat.transferred'] }, access: { table: 'readwrite', connections: true } },
  { name: 'HttpHistory', entry: 'functions/handlers/http-history.ts', trigger: get('/api/history'), access: { table: 'read' } },
  { name: 'EventHistoryWriter', entry: 'functions/handlers/event-history-writer.ts', trigger: { kind: 'event', detailTypes: ['chat.ended'] }, access: { table: 'readwrite' } },
  { name: 'Sweeper', entry: 'functions/handlers/sweeper.ts', trigger: { kind: 'schedule', everyMinutes: 1 }, access: chatting, timeoutSeconds: 60 },
];

/** Environment variables every handler reads (see functions/config.ts); values differ per runtime. */
export const ENV = {
  table: 'TABLE_NAME',
  connectionsEndpoint: 'WS_MANAGEMENT_ENDPOINT',
  bus: 'EVENT_BUS_NAME',
  dynamoEndpoint: 'DYNAMODB_ENDPOINT',
  eventsEndpoint: 'EVENTBRIDGE_ENDPOINT',
  metricsNamespace: 'METRICS_NAMESPACE',
  allowedOrigins: 'ALLOWED_ORIGINS',
  /** The sender of outgoing mail (set per tenant with `-c mailFrom=…`); without it mail is recorded, not sent. */
  mailFrom: 'MAIL_FROM',
  /** `local-mailbox` in the local runtime: mail is only recorded, for the mailbox page. */
  mailDelivery: 'MAIL_DELIVERY',
  filesBucket: 'FILES_BUCKET',
  s3Endpoint: 'S3_ENDPOINT',
  maxFileBytes: 'FILES_MAX_BYTES',
  statsTimeZone: 'STATS_TIME_ZONE',
} as const;
