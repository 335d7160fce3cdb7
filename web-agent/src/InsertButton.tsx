/** The composer's Insert button and the dialog it opens; choosing a reply closes the dialog and inserts it. */
import { useState } from 'preact/hooks';
import type { ReplyView } from '../../functions/protocol/replies';
import type { Replies } from './use-replies';
import { InsertDialog } from './InsertDialog';
import { t } from './strings';

interface Props {
  replies: Replies;
  onInsert(reply: ReplyView): void;
}

export function InsertButton({ replies, onInsert }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t.replies.insert}
      </button>
      {open && (
        <InsertDialog
          replies={replies}
          onClose={() => setOpen(false)}
          onChoose={(reply) => {
            setOpen(false);
            // After the dialog has given focus back to this button, the insert moves it to the text.
            requestAnimationFrame(() => onInsert(reply));
          }}
        />
      )}
    </>
  );
}
