/** Files dropped on, or pasted into, an element: handed over as they come, the browser's own handling stopped. */
import { useState } from 'preact/hooks';

export function useFileDrop(onFiles: (files: File[]) => void) {
  const [over, setOver] = useState(false);
  const hasFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');
  return {
    over,
    handlers: {
      onDragOver(e: DragEvent) {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(true);
      },
      onDragLeave() {
        setOver(false);
      },
      onDrop(e: DragEvent) {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        onFiles([...(e.dataTransfer?.files ?? [])]);
      },
      onPaste(e: ClipboardEvent) {
        const files = [...(e.clipboardData?.files ?? [])];
        if (!files.length) return;
        e.preventDefault();
        onFiles(files);
      },
    },
  };
}
