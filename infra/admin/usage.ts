/** The admin command's help text. */
export const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create-admin    --name NAME --email EMAIL (--password PW | --password-stdin | --invite)
                  Create a tenant admin.
  create-agent    --name NAME --email EMAIL [--role agent|manager|admin] (--password PW | --password-stdin | --invite)
                  Create an agent (role agent unless given).
  set-role        --email EMAIL --role agent|manager|admin
                  Change an agent's role (the tenant keeps at least one active admin).
  reset-password  --email EMAIL (--password PW | --password-stdin | --invite)
                  Set a new password, or void the old one and print a one-time set-password link.
                  Either way the agent's open sessions end.
  deactivate      --email EMAIL   The agent can no longer log in; open sessions end at once.
  reactivate      --email EMAIL   Let a deactivated agent log in again.
  list-agents     [--json]        Every agent with role and state.
  list-channels   [--json]        The tenant's chat channels.
  export          [--out FILE]    Every item of the tenant's data as JSON lines (no passwords or secrets).
  customer-export --email EMAIL [--out FILE]
                  One customer's data as JSON lines: their contacts, chats with messages, requests
                  and mail, found by email address (a person's right of access).
  customer-erase  --email EMAIL [--yes]
                  Erase that same data and the chats' files (the right to erasure). Without --yes
                  it only says what it would erase. Refused while one of their chats goes on.

Where it works:
  (default)         the local data dir (DATA_DIR, default .data); through the running runtime if \`npm start\` runs on it
  --data-dir DIR    another local data dir
                    Only create-admin sets up a data dir without Parley data; other commands refuse one (exit 2).
  --tenant NAME     the deployed stack Parley-NAME, with your AWS credentials (--region REGION, else AWS_REGION)

A set-password link works once and expires after 72 hours. --invite keeps passwords out of your shell history.`;
