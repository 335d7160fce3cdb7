/** Every item of the tenant's table, page by page: for the data export of the admin command, never for the hot path. */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { db, TableName } from '../adapters/dynamo';
import { keys } from './keys';

/** Secrets that never leave the table: password and link hashes, the signing key, live tickets and links. */
const SECRET_ATTRIBUTES = ['passwordHash', 'inviteHash'];
const signingKey = keys.signingKey();
const isSecretItem = (item: Record<string, unknown>) =>
  (item.pk === signingKey.pk && item.sk === signingKey.sk) || /^(TICKET|INVITE)#/.test(String(item.pk));

export async function* exportableItems(): AsyncGenerator<Record<string, unknown>[]> {
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await db.send(new ScanCommand({ TableName, ExclusiveStartKey }));
    yield (page.Items ?? []).filter((item) => !isSecretItem(item)).map((item) => {
      const copy = { ...item };
      for (const name of SECRET_ATTRIBUTES) delete copy[name];
      return copy;
    });
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
}
