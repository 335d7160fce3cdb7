/** How the channel editor names the agents a channel lists: deactivated and unknown ones are marked, not shown as bare ids. */
import { agentLabel, type RosterAgent } from '../../../web-agent/src/channels/agent-label';
import { ctEn } from '../../../web-agent/src/channels/strings-en';
import { ctNl } from '../../../web-agent/src/channels/strings-nl';

const ROSTER: RosterAgent[] = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Anna de Vries', active: true },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Eli Jansen', active: false },
];
const UNKNOWN = 'ce7bb819-2f0a-4c4e-9d7e-0a1b2c3d4e5f';

describe('agentLabel', () => {
  it('names an active agent by name alone', () => {
    expect(agentLabel(ROSTER[0].id, ROSTER, ctEn)).toBe('Anna de Vries');
  });

  it('names a deactivated agent by name, marked', () => {
    expect(agentLabel(ROSTER[1].id, ROSTER, ctEn)).toBe('Eli Jansen (deactivated)');
    expect(agentLabel(ROSTER[1].id, ROSTER, ctNl)).toBe('Eli Jansen (gedeactiveerd)');
  });

  it('marks an id that is no agent, with just enough of it to tell two apart', () => {
    expect(agentLabel(UNKNOWN, ROSTER, ctEn)).toBe('ce7bb819… (unknown agent)');
    expect(agentLabel(UNKNOWN, ROSTER, ctNl)).toBe('ce7bb819… (onbekende agent)');
  });
});
