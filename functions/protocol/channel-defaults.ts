/** The settings every channel starts from; pure, so the console and tests can use them too. */
import type { ChannelSettings } from './channels';

export const DEFAULT_CHANNEL = 'default';

const OFFICE_HOURS = { start: '09:00', end: '17:00' };

export function defaultChannelSettings(id = DEFAULT_CHANNEL): ChannelSettings {
  return {
    id,
    name: 'Customer service',
    language: 'auto',
    launcherText: '',
    unansweredWarningSeconds: 60,
    managerWarningSeconds: 120,
    hours: {
      enabled: false,
      timeZone: 'Europe/Amsterdam',
      days: { mon: OFFICE_HOURS, tue: OFFICE_HOURS, wed: OFFICE_HOURS, thu: OFFICE_HOURS, fri: OFFICE_HOURS },
      closedDates: [],
    },
    look: {
      theme: 'light',
      color: '#2357c6',
      font: 'system',
      header: '',
      welcome: '',
      queueMessage: '',
    },
    agents: [],
    offlineForm: { text: '', createsRequest: true, category: 'Chat', priority: 'normal', requiredFields: ['name', 'email', 'message'] },
    preChatForm: { requiredFields: ['name', 'email', 'question'], faqSuggestions: false },
    postChatForm: { enabled: true, text: '', transcriptByEmail: true },
  };
}
