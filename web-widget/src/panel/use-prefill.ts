/** Fills a form's empty name and email fields from `Parley.identify`; what the customer typed stays. */
import { useEffect } from 'preact/hooks';
import type { Identity } from '../panel-contract';

export function usePrefill<T extends { name: string; email: string }>(prefill: Identity, setFields: (update: (fields: T) => T) => void): void {
  useEffect(() => {
    setFields((fields) => ({ ...fields, name: fields.name || prefill.name || '', email: fields.email || prefill.email || '' }));
  }, [prefill]);
}
