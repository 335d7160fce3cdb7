/** A file size as people read it: 900 B, 12 KB, 1.5 MB. Apart from file-transfers.ts so the widget can show sizes without loading uploads. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${Math.round(bytes / 104857.6) / 10} MB`;
}
