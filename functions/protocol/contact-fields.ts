/**
 * The customer's own details on the pre-chat and offline forms. Each may be left empty on the wire:
 * which ones a channel requires is its setting, checked by the domain (functions/domain/form-fields.ts).
 */
import * as v from 'valibot';

const EMAIL = v.pipe(v.string(), v.email());
/** Digits with the usual separators, an optional leading +: "+31 20 123 4567", "(020) 123-4567". */
const PHONE = /^\+?[0-9(][0-9 ()./-]*[0-9]$/;
const MIN_PHONE_DIGITS = 6;
const MAX_PHONE_DIGITS = 15;

export const isPhoneNumber = (value: string) => {
  const digits = value.replace(/\D/g, '').length;
  return PHONE.test(value) && digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
};

export const optionalName = v.pipe(v.string(), v.trim(), v.maxLength(100));
/** Empty, or an address with a well-formed domain. */
export const optionalEmail = v.pipe(v.string(), v.trim(), v.maxLength(254), v.check((value) => value === '' || v.is(EMAIL, value), 'email address is not valid'));
export const optionalPhone = v.optional(v.pipe(v.string(), v.trim(), v.maxLength(30), v.check((value) => value === '' || isPhoneNumber(value), 'phone number is not valid')));
