/** Which websites the channel's widget works on: one origin per line, each checked as scheme://host[:port] as it is typed. */
import { useState } from 'preact/hooks';
import { normaliseOrigin, PAGE_ORIGIN } from '../../../functions/protocol/channel-options';
import type { SectionProps } from './sections';
import { ct } from './strings';

export function OriginsSection({ settings, onChange }: SectionProps) {
  // The typed text is kept as typed (blank lines, unfinished entries); the settings get the origins.
  const [text, setText] = useState(() => (settings.allowedOrigins ?? []).join('\n'));
  const origins = text.split('\n').map(normaliseOrigin).filter(Boolean);
  const invalid = origins.filter((origin) => !PAGE_ORIGIN.test(origin));
  const message = invalid.length > 0 ? ct.originsInvalid(invalid.join(', ')) : '';

  return (
    <fieldset>
      <legend>{ct.origins}</legend>
      <label>
        {ct.originsList}
        <textarea
          rows={3}
          value={text}
          aria-invalid={invalid.length > 0}
          aria-describedby="origins-hint"
          ref={(area) => area?.setCustomValidity(message)}
          onInput={(e) => {
            const typed = e.currentTarget.value;
            setText(typed);
            onChange({ ...settings, allowedOrigins: typed.split('\n').map(normaliseOrigin).filter(Boolean) });
          }}
        />
      </label>
      <p id="origins-hint" class={invalid.length > 0 ? 'error' : 'muted'}>{message || ct.originsFallback}</p>
    </fieldset>
  );
}
