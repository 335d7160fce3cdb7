/**
 * What the panel lends its lazily loaded forms. A part that imported preact (or any module of the
 * panel) would make the bundler split the panel itself into two files, which gzip worse than one; and
 * hooks only work with the panel's own preact. So the parts import types only, and render through this.
 */
import type { h } from 'preact';
import type { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../../i18n';
import type { Identity } from '../../panel-contract';

export interface FormKit {
  h: typeof h;
  useState: typeof useState;
  useEffect: typeof useEffect;
  t: Strings;
  /** Longest question or message, in characters (the protocol's MAX_TEXT). */
  maxText: number;
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

/** Fills a form's empty name and email from `Parley.identify`, now and when it is called later; what the customer typed stays. */
export function usePrefill<T extends { name: string; email: string }>({ useEffect }: FormKit, prefill: Identity, setFields: (update: (fields: T) => T) => void): void {
  useEffect(() => {
    setFields((fields) => ({ ...fields, name: fields.name || prefill.name || '', email: fields.email || prefill.email || '' }));
  }, [prefill]);
}
