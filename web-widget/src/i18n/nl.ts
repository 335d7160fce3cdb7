/** The panel's words in Dutch, using the product's own terms (Verzenden, Chat beëindigen, In wachtrij). */
import type { Strings } from './en';
import { dutchEventLine, YOUR_EVENTS_NL } from '../../../functions/protocol/event-lines';

const waitText = (seconds?: number) => (seconds === undefined ? 'nog onbekend' : seconds < 60 ? 'minder dan een minuut' : `ongeveer ${Math.round(seconds / 60)} min`);

/** Server reasons are English; a Dutch customer gets a Dutch sentence per error code instead, naming the refused {file}. */
const REFUSALS: Record<string, string> = {
  'bad-frame': 'Controleer wat je hebt ingevuld en probeer het opnieuw.',
  'chat-ended': 'Deze chat is beëindigd.',
  'not-found': 'Deze chat bestaat niet meer.',
  'file-too-large': '{file} is te groot.',
  'file-type-not-allowed': '{file}: dit soort bestand kan niet worden verzonden.',
  conflict: 'Dat kan niet meer. Start een nieuwe chat.',
  forbidden: 'Dat kan bij deze chat niet.',
};

export const nl: Strings = {
  title: 'Chat met ons',
  endChat: 'Chat beëindigen',
  minimise: 'Chat minimaliseren',
  connecting: 'Verbinden…',
  reconnecting: 'Opnieuw verbinden…',
  loadingChat: 'Je chat wordt geladen…',
  unavailable: 'De chat is nu niet beschikbaar. Probeer het later opnieuw.',
  prechat: { intro: 'Stel ons je vraag. Een medewerker antwoordt hier.', name: 'Naam', email: 'E-mailadres', question: 'Je vraag', start: 'Chat starten' },
  forms: { phone: 'Telefoonnummer', optional: '(optioneel)', faq: 'Misschien helpen deze antwoorden:', invalid: (label) => `${label} is niet geldig.` },
  offline: {
    intro: 'We zijn nu niet online. Laat een bericht achter, dan nemen we contact met je op.',
    name: 'Naam',
    email: 'E-mailadres',
    message: 'Bericht',
    send: 'Bericht verzenden',
    sending: 'Bezig met verzenden…',
    thanks: (number) => `Bedankt. Je verzoeknummer is ${number}.`,
    failed: 'Je bericht kon niet worden verzonden. Probeer het opnieuw.',
  },
  waiting: 'Wachten op een medewerker…',
  position: (position) => `Je bent nummer ${position} in de wachtrij.`,
  estimate: (seconds) => `Verwachte wachttijd: ${waitText(seconds)}.`,
  wait: waitText,
  chattingWith: (name) => `Je chat met ${name ?? 'een medewerker'}.`,
  assistant: 'de assistent',
  typing: (name) => `${name} typt…`,
  conversation: 'Gesprek',
  sending: 'Wordt verzonden…',
  waitingToSend: 'Wachten op verbinding',
  notSent: 'Niet verzonden',
  read: 'Gelezen',
  ended: 'Deze chat is beëindigd',
  newChat: 'Nieuwe chat starten',
  composer: { label: 'Bericht', placeholder: 'Typ een bericht', send: 'Verzenden', tooLong: (length, max) => `Te lang om te verzenden: ${length} van maximaal ${max} tekens.` },
  postChat: {
    intro: '',
    rating: 'Hoe was deze chat? (1 = slecht, 5 = uitstekend)',
    stars: (n) => `${n} van 5`,
    comment: 'Opmerking (optioneel)',
    transcript: 'Stuur mij het gesprek per e-mail',
    transcriptTo: 'E-mailadres',
    send: 'Verzenden',
    back: 'Terug naar de chat',
    thanks: 'Bedankt voor je reactie.',
  },
  emoji: { open: 'Emoji kiezen', search: 'Emoji zoeken (Engels)', results: "Emoji's", none: 'Geen emoji gevonden.' },
  files: { attach: 'Bestand bijvoegen', download: 'Downloaden', uploading: 'Wordt geüpload', failed: 'Uploaden mislukt. Probeer het opnieuw.' },
  announce: (name, text) => `${name}: ${text}`,
  event: (message) => (message.byCustomer && YOUR_EVENTS_NL.find(([tail]) => message.text.endsWith(tail))?.[1]) || dutchEventLine(message.text),
  // A function as replacement: a file name is inserted as it is, `$&` and all.
  refused: (code, _message, file = 'Dit bestand') => (REFUSALS[code] ?? 'Er ging iets mis. Probeer het opnieuw.').replace('{file}', () => file),
};
