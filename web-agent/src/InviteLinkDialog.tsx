/** Shows a new set-password link once, to hand to the agent (there is no mail yet): read-only, with Copy. */
import { useState } from 'preact/hooks';
import { inviteLink } from '../../functions/protocol/admin-constants';
import type { InviteView } from '../../functions/protocol/admin';
import { ta } from './admin-strings';
import { Dialog } from './Dialog';
import { formatDateTime } from './format';

export function InviteLinkDialog({ name, invite, onClose }: { name: string; invite: InviteView; onClose(): void }) {
  const link = inviteLink(new URL('.', location.href).href, invite.token);
  const [copied, setCopied] = useState(false);
  const copy = () => navigator.clipboard?.writeText(link).then(() => setCopied(true), () => {});

  return (
    <Dialog title={ta.linkTitle} onClose={onClose}>
      <div class="form">
        <p>{ta.linkText(name, formatDateTime(invite.expiresAt))}</p>
        <label>
          {ta.linkLabel}
          <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p role="status" class="muted small">{copied ? ta.copied : ''}</p>
        <div class="actions">
          <button type="button" onClick={copy}>{ta.copy}</button>
          <button type="button" class="primary" onClick={onClose}>{ta.close}</button>
        </div>
      </div>
    </Dialog>
  );
}
