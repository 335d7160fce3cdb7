/** Outgoing mail as stored: what the local mailbox shows. Delivery through SES on AWS is still to come. */
import { listMail } from '../store';

export const recentMail = () => listMail(50);
