/** Channel settings, one item per channel, versioned so concurrent edits cannot overwrite each other. */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { db, isConditionFailed, TableName } from '../adapters/dynamo';
import type { StoredChannel } from '../protocol/channels';
import { CHANNELS, keys } from './keys';

const MAX_CHANNELS = 200;

export async function getStoredChannel(channelId: string): Promise<StoredChannel | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName, Key: keys.channel(channelId) }));
  return Item ? toChannel(Item) : undefined;
}

export async function listStoredChannels(): Promise<StoredChannel[]> {
  const { Items = [] } = await db.send(new QueryCommand({
    TableName,
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': CHANNELS },
    Limit: MAX_CHANNELS,
  }));
  return Items.map(toChannel);
}

/**
 * Writes `channel` (whose version is the previous one + 1) only if the stored version is still
 * `expectedVersion` (0: only if none is stored); false when someone saved in between.
 */
export async function putChannelIfVersion(channel: StoredChannel, expectedVersion: number): Promise<boolean> {
  try {
    await db.send(new PutCommand({
      TableName,
      Item: { ...keys.channel(channel.settings.id), ...channel },
      ...(expectedVersion === 0
        ? { ConditionExpression: 'attribute_not_exists(pk)' }
        : { ConditionExpression: '#version = :expected', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':expected': expectedVersion } }),
    }));
    return true;
  } catch (error) {
    if (isConditionFailed(error)) return false;
    throw error;
  }
}

function toChannel(item: Record<string, unknown>): StoredChannel {
  const { settings, version, updatedAt, updatedBy } = item as unknown as StoredChannel;
  return { settings, version, updatedAt, updatedBy };
}
