/**
 * A visually hidden live region: screen readers read out each new message from the agent and
 * events such as "Anna joined the chat". It lives in a closed shadow root, which assistive
 * technology reads like any other but the site's scripts and text searches do not, so to them
 * each message is on the page once.
 */
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Announcement } from './use-news';

export function Announcer({ text, count }: Announcement) {
  const host = useRef<HTMLDivElement>(null);
  const [region, setRegion] = useState<HTMLElement>();

  useEffect(() => {
    const live = document.createElement('div');
    live.setAttribute('role', 'status');
    host.current!.attachShadow({ mode: 'closed' }).append(live);
    setRegion(live);
  }, []);

  useEffect(() => {
    // A new node per announcement: the same words twice are still read out twice.
    const line = document.createElement('span');
    line.textContent = text;
    region?.replaceChildren(line);
  }, [region, count]);

  return <div class="sr-only" ref={host} />;
}
