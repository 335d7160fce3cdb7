/**
 * A modal dialog on the native <dialog>: showModal() makes the rest of the page inert (so focus
 * stays inside) and Escape closes it. Focus returns to where it was when the dialog goes away.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { t } from './strings';

interface Props {
  title: string;
  onClose(): void;
  children: ComponentChildren;
}

export function Dialog({ title, onClose, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  close.current = onClose;
  const unmounting = useRef(false);

  useEffect(() => {
    const element = dialog.current;
    const previous = document.activeElement as HTMLElement | null;
    element?.showModal();
    return () => {
      // While the modal is open the page is inert: it must close before focus can go back.
      unmounting.current = true;
      element?.close();
      previous?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        // The parent decides when the dialog goes; the browser must not close it behind its back.
        event.preventDefault();
        close.current();
      }}
      // Chrome may close without a cancel event (Escape pressed twice without a user gesture).
      onClose={() => !unmounting.current && close.current()}
    >
      <header class="dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="link" aria-label={t.contact.close} onClick={() => close.current()}>
          ×
        </button>
      </header>
      {children}
    </dialog>
  );
}
