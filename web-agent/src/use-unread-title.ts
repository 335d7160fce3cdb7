/** The browser tab tells how many customer messages wait unread: "(2) Parley · Agent console". */
import { useEffect } from 'preact/hooks';

let plainTitle: string | undefined;

export function useUnreadTitle(unread: number): void {
  useEffect(() => {
    plainTitle ??= document.title;
    document.title = unread > 0 ? `(${unread}) ${plainTitle}` : plainTitle;
  }, [unread]);
  useEffect(
    () => () => {
      if (plainTitle !== undefined) document.title = plainTitle;
    },
    [],
  );
}
