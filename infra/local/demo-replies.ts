/**
 * Demo FAQ and reply templates for `npm start`, so Insert has something to show on a fresh machine:
 * the demo shop's questions, shared, as an admin would add them. Seeded once (a marker item
 * remembers it); invoked like a handler inside the local Lambda host, through the domain's rules.
 */
import { createReply } from '../../functions/domain/replies';
import type { ReplyCreateBody } from '../../functions/protocol/replies';
import { getAgentRecord, getLogin, markRepliesDemoSeeded, repliesDemoSeededAt } from '../../functions/store';
import { isActive } from '../../functions/domain/agent-sessions';
import { DEMO_LOGINS } from './demo-logins';

const DEMO_REPLIES: ReplyCreateBody[] = [
  {
    replyId: 'demo-faq-delivery', kind: 'faq', shared: true, folder: 'Orders',
    title: 'How long does delivery take?',
    text: 'Orders placed before 15:00 on a working day leave our studio the same day. Delivery takes 1–2 working days in the Netherlands and 2–4 in Belgium and Germany.',
  },
  {
    replyId: 'demo-faq-returns', kind: 'faq', shared: true, folder: 'Orders',
    title: 'Can I return yarn?',
    text: 'Skeins that are still wound and labelled can be returned within 30 days. Colours dyed to order cannot be returned.',
  },
  {
    replyId: 'demo-faq-dye-lots', kind: 'faq', shared: true, folder: 'Yarn',
    title: 'Why does my colour differ from the photo?',
    text: 'Every batch is dyed by hand, so dye lots differ a little. Order enough for one project at once: we send one dye lot per order.',
  },
  {
    replyId: 'demo-template-welcome', kind: 'template', shared: true, folder: 'Greetings',
    title: 'Welcome',
    text: 'Hello {{customer.firstName}}, thank you for your message! My name is {{agent.firstName}}. How can I help you?',
    textNl: 'Hallo {{klant.voornaam}}, bedankt voor je bericht! Ik ben {{medewerker.voornaam}}. Waarmee kan ik je helpen?',
  },
  {
    replyId: 'demo-template-goodbye', kind: 'template', shared: true, folder: 'Greetings',
    title: 'Goodbye',
    text: 'Thank you for chatting with Tulip & Thread, {{customer.firstName}}. Happy knitting!',
    textNl: 'Bedankt voor je chat met Tulip & Thread, {{klant.voornaam}}. Veel breiplezier!',
  },
];

export async function handler(event: { now?: number }): Promise<{ seeded: number }> {
  if (await repliesDemoSeededAt()) return { seeded: 0 };
  const admin = DEMO_LOGINS.find((login) => login.role === 'admin');
  const adminId = admin && (await getLogin(admin.email))?.agentId;
  const record = adminId ? await getAgentRecord(adminId) : undefined;
  // Shared replies are an admin's to add: with the demo admin demoted or deactivated, a data dir gets none.
  if (!adminId || record?.role !== 'admin' || !isActive(record)) return { seeded: 0 };
  const now = event.now ?? Date.now();
  let seeded = 0;
  for (const reply of DEMO_REPLIES) if ((await createReply(adminId, reply, now)).created) seeded++;
  await markRepliesDemoSeeded(now);
  return { seeded };
}
