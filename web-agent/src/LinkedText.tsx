/** Message text with its web and email addresses as links, built as elements (see functions/protocol/linkify). */
import { linkify } from '../../functions/protocol/linkify';

export function LinkedText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((segment, i) =>
        segment.href ? (
          <a key={i} href={segment.href} target="_blank" rel="noopener noreferrer">
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
