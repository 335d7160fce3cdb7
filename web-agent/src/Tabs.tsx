/**
 * Dashboard and Chats, as an ARIA tablist: arrow keys move between tabs, and each tab's number
 * (waiting chats; chats I handle) is part of its accessible name, so screen readers say it too.
 */
import type { Tab } from './use-console';
import { t } from './strings';
import { ta } from './admin-strings';

interface Props {
  tab: Tab;
  waiting: number;
  handling: number;
  /** Transfers waiting for me to accept: a dismissed notice must not leave them unseen. */
  offered?: number;
  onChange(tab: Tab): void;
  /** Managers and admins also get the Statistics tab. */
  statistics?: boolean;
  /** Admins also get the Admin tab. */
  admin?: boolean;
}

export const tabId = (tab: Tab) => `tab-${tab}`;
export const panelId = (tab: Tab) => `panel-${tab}`;

export function Tabs({ tab, waiting, handling, offered = 0, onChange, statistics, admin }: Props) {
  const tabs: { id: Tab; label: string; name: string; count: number }[] = [
    { id: 'dashboard', label: t.tabs.dashboard, name: t.tabs.dashboardName(waiting), count: waiting },
    { id: 'chats', label: t.tabs.chats, name: t.tabs.chatsName(handling, offered), count: handling },
  ];
  if (statistics) tabs.push({ id: 'statistics', label: t.tabs.statistics, name: t.tabs.statistics, count: 0 });
  if (admin) tabs.push({ id: 'admin', label: ta.tab, name: ta.tab, count: 0 });

  function keyDown(event: KeyboardEvent) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const index = tabs.findIndex((each) => each.id === tab);
    const next = tabs[(index + step + tabs.length) % tabs.length].id;
    onChange(next);
    document.getElementById(tabId(next))?.focus();
  }

  return (
    <div class="tabs" role="tablist" aria-label={t.tabs.label} onKeyDown={keyDown}>
      {tabs.map((each) => (
        <button
          type="button"
          role="tab"
          id={tabId(each.id)}
          aria-controls={panelId(each.id)}
          aria-selected={each.id === tab}
          tabIndex={each.id === tab ? 0 : -1}
          onClick={() => onChange(each.id)}
        >
          {/* Named by its content, not aria-label; the name starts with the visible label (WCAG 2.5.3). */}
          <span aria-hidden="true">{each.label}</span>
          {each.count > 0 && (
            <span class="count" aria-hidden="true">
              {each.count}
            </span>
          )}
          {each.id === 'chats' && offered > 0 && (
            <span class="count count-offered" aria-hidden="true">
              {t.tabs.offered(offered)}
            </span>
          )}
          <span class="sr-only">{each.name}</span>
        </button>
      ))}
    </div>
  );
}
