/** The person's Activities: one line per ended chat, newest first. */
import type { ActivityView } from '../../functions/protocol/contacts';
import { activityLine } from './contact-format';
import { t } from './strings';

export function ActivityList({ activities }: { activities: ActivityView[] }) {
  const newestFirst = [...activities].sort((a, b) => b.at - a.at);
  return (
    <section class="panel-section" aria-labelledby="activities-title">
      <h3 id="activities-title">{t.contact.activities}</h3>
      {activities.length === 0 && <p class="muted small">{t.contact.noActivities}</p>}
      <ul class="records">
        {newestFirst.map((activity) => (
          <li key={activity.chatId}>{activityLine(activity)}</li>
        ))}
      </ul>
    </section>
  );
}
