/** "Replies" in the top bar: the replies editor with no chat open. Agents keep their own quick replies there; admins also the shared FAQ, templates and quick replies. */
import { useContext, useState } from 'preact/hooks';
import { RepliesContext } from './replies-context';
import { InsertDialog } from './InsertDialog';
import { t } from './strings';

export function RepliesButton() {
  const replies = useContext(RepliesContext);
  const [open, setOpen] = useState(false);
  if (!replies) return null;
  return (
    <>
      <button type="button" class="link" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t.replies.manage}
      </button>
      {open && <InsertDialog replies={replies} title={t.replies.manage} onClose={() => setOpen(false)} />}
    </>
  );
}
