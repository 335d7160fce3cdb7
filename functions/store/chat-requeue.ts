/** Putting an agent's ongoing chat back in the queue when the agent is taken out of service. */
import { recordEvent, type ChatEventRecord, type ChatItem } from './chats';
import { updateChatIf } from './conditional-update';
import { indexValues, keys } from './keys';

/**
 * Active with this agent → queued, only if still so and no transfer is pending (a pending transfer
 * settles on its own). Allocates the seq of the "requeued" event. A new stint in the queue: whether
 * the customer is away is judged anew (customer-away.ts), not from an earlier wait.
 */
export async function requeueAgentChat(chatId: string, agentId: string, now: number, requeued: ChatEventRecord, waitingSince = now): Promise<ChatItem | undefined> {
  const event = recordEvent(requeued);
  return updateChatIf({
    Key: keys.chat(chatId),
    UpdateExpression: `SET #status = :queued, queuePk = :q, queuedAt = :since, alerts = :none, activityAt = :now, lastSeq = lastSeq + :one, ${event.clause} REMOVE agentId, agentName, agentPk, answeredAt, customerAwaySince`,
    ConditionExpression: '#status = :active AND agentId = :agent AND attribute_not_exists(transfer)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: {
      ':queued': 'queued', ':active': 'active', ':q': indexValues.queue(), ':now': now, ':since': waitingSince, ':none': {}, ':one': 1, ':agent': agentId, ...event.values,
    },
    ReturnValues: 'ALL_NEW',
  });
}
