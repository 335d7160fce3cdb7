/**
 * What the panel lends its lazily loaded forms. A part that imported preact (or any module of the
 * panel) would make the bundler split the panel itself into two files, which gzip worse than one; and
 * hooks only work with the panel's own preact. So the parts import types only, and render through this.
 */
import type { h } from 'preact';
import type { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import type { PanelOptions } from '../../panel-contract';

export interface FormKit {
  h: typeof h;
  useState: typeof useState;
  useEffect: typeof useEffect;
  t: Strings;
  /** Longest question or message, in characters (the protocol's MAX_TEXT). */
  maxText: number;
  /** Adds a part's own stylesheet to the panel's, once: called as the part renders, so it is in before it shows. */
  adopt(css: string): void;
}

type Attributes = Record<string, unknown>;

/** A labelled input or textarea; a field the channel does not require says so in its label. */
export function field(kit: FormKit, text: string, required: boolean, tag: 'input' | 'textarea', attributes: Attributes, value: string, onValue: (value: string) => void) {
  const { h, t } = kit;
  return h(
    'label',
    null,
    required ? text : `${text} ${t.forms.optional}`,
    h(tag, { ...attributes, value, required, onInput: (event: Event) => onValue((event.currentTarget as HTMLInputElement).value) }),
  );
}

export const errorLine = ({ h }: FormKit, error?: string) => error && h('p', { class: 'error', role: 'alert' }, error);

/** A refusal of one of the form's fields says so in the form's words ("Email is not valid."); any other, as it came. */
export const refusal = ({ t }: FormKit, error: string | undefined, label: string | undefined) => (error && label ? t.forms.invalid(label) : error);

/** Where a form learns who the site says the customer is: `Parley.identify` so far, and every later call. */
export type Prefill = Pick<PanelOptions, 'identity' | 'events'>;

/**
 * A form's fields, with the empty name and email filled from `Parley.identify`: in its first render
 * already, so they never show empty first, and again on every later call. What the customer typed stays.
 */
export function usePrefilled<T extends { name: string; email: string }>({ useState, useEffect }: FormKit, initial: T, { identity, events }: Prefill) {
  const fill = (fields: T): T => {
    const who = identity();
    return { ...fields, name: fields.name || who.name || '', email: fields.email || who.email || '' };
  };
  const state = useState(() => fill(initial));
  // Filled again once subscribed: a call made after the first render and before now (from a site's `open` listener) told no one.
  useEffect(() => (state[1](fill), events.on('identify', () => state[1](fill))), []);
  return state;
}
