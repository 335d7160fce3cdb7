/** Putting an agent's ongoing chat back in the queue when the agent is taken out of service. */
import { recordEvent, type ChatEventRecord, type ChatItem } from './chats';
import { updateChatIf } from './conditional-update';
import { indexValues, keys } from './keys';

/**
 * Active with this agent → queued, only if still so and no transfer is pending (a pending transfer
 * settles on its own). Allocates the seq of the "requeued" event.
 */
export async function requeueAgentChat(chatId: string, agentId: string, now: number, requeued: ChatEventRecord): Promise<ChatItem | undefined> {
  const event = recordEvent(requeued);
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: `SET #status = :queued, queuePk = :q, queuedAt = :now, alerts = :none, activityAt = :now, lastSeq = lastSeq + :one, ${event.clause} REMOVE agentId, agentName, agentPk, answeredAt`,
    ConditionExpression: '#status = :active AND agentId = :agent AND attribute_not_exists(transfer)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':queued': 'queued', ':active': 'active', ':q': indexValues.queue(), ':now': now, ':none': {}, ':one': 1, ':agent': agentId, ...event.values,
    },
    ReturnValues: 'ALL_NEW',
  });
}
