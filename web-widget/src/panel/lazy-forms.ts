/**
 * The pre-chat and offline forms, with the channel's settings they follow, fetched the first time the
 * panel has no chat to show: a customer coming back mid-chat never downloads them.
 */
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { WidgetChannelView } from '../../../functions/protocol/channels';
import { MAX_TEXT } from '../../../functions/protocol/constants';
import type { Strings } from '../i18n';
import type { FormKit } from './forms/kit';
import { adoptStyles } from '../adopt-styles';

type Forms = typeof import('./forms');
export interface LoadedForms { forms: Forms; view?: WidgetChannelView }

/** The panel's shadow root (index.tsx), where the parts' stylesheets go. */
let root: ShadowRoot;
const adopted = new Set<string>();
export const partsStyleRoot = (shadow: ShadowRoot) => (root = shadow);

export const formKit = (t: Strings): FormKit => ({
  h, useState, useEffect, t, maxText: MAX_TEXT,
  adopt: (css) => adopted.has(css) || (adopted.add(css), adoptStyles(root, css)),
});

let loading: Promise<Forms> | undefined;
const load = () =>
  (loading ??= import('./forms').catch((error) => {
    // A failed fetch (a network blip) is tried again the next time the forms are needed.
    loading = undefined;
    throw error;
  }));

/** Undefined while loading; `failed` when the part could not be fetched. */
export function useForms(needed: boolean, view: Promise<WidgetChannelView | undefined>): LoadedForms | 'failed' | undefined {
  const [loaded, setLoaded] = useState<LoadedForms | 'failed'>();
  useEffect(() => {
    if (!needed || (loaded && loaded !== 'failed')) return;
    Promise.all([load(), view]).then(
      ([forms, answer]) => setLoaded({ forms, view: answer?.look ? answer : undefined }),
      () => setLoaded('failed'),
    );
  }, [needed]);
  return loaded;
}
