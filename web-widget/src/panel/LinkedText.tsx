/** Message text with its web and email addresses as links, built as elements, never as HTML. */
/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { h, Fragment } from 'preact';
import { linkify } from '../../../functions/protocol/linkify';

export const LinkedText = ({ text }: { text: string }) => (
  <>{linkify(text).map((s) => (s.href ? <a href={s.href} target="_blank" rel="noopener noreferrer">{s.text}</a> : s.text))}</>
);
