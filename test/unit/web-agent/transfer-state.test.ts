import { chatStanding, handOverFrom, isManager, managesChannel, newestWaitingOffer, transferEndedText, transferMarker, transferTargets } from '../../../web-agent/src/transfer-state';
import type { ChatView } from '../../../functions/protocol/server-frames';

const ANNA = { id: 'a-anna', name: 'Anna de Vries' };
const BRAM = { id: 'a-bram', name: 'Bram Jansen' };
const CARLA = { id: 'a-carla', name: 'Carla Admin' };
const chat = (extra: Partial<ChatView> = {}): ChatView => ({
  chatId: 'chat-a', status: 'active', channel: 'default', customer: { name: 'Mila', email: 'mila@example.com' }, question: 'hi', createdAt: 0, lastSeq: 1, agent: ANNA, ...extra,
});
const offer = { from: ANNA, to: BRAM, requestedAt: 1 };

describe('chatStanding', () => {
  it('tells owner, sender, receiver, listener and ended apart', () => {
    expect(chatStanding(chat(), ANNA.id)).toBe('owner');
    expect(chatStanding(chat({ transfer: offer }), ANNA.id)).toBe('sending');
    expect(chatStanding(chat({ transfer: offer }), BRAM.id)).toBe('receiving');
    expect(chatStanding(chat({ agent: BRAM }), ANNA.id)).toBe('listening');
    expect(chatStanding(chat({ transfer: offer }), CARLA.id)).toBe('listening');
    expect(chatStanding(chat({ status: 'ended', transfer: offer }), BRAM.id)).toBe('closed');
  });

  it('leaves a queued chat alone', () => {
    expect(chatStanding(chat({ status: 'queued', agent: undefined }), ANNA.id)).toBe('owner');
  });
});

describe('transferTargets', () => {
  it('offers the other Present agents, by name', () => {
    expect(transferTargets([CARLA, ANNA, BRAM], ANNA.id)).toEqual([BRAM, CARLA]);
    expect(transferTargets([ANNA], ANNA.id)).toEqual([]);
  });

  it("offers only those who may answer the chat's channel, when it names them", () => {
    expect(transferTargets([CARLA, ANNA, BRAM], ANNA.id, [ANNA.id, BRAM.id])).toEqual([BRAM]);
    expect(transferTargets([CARLA, ANNA, BRAM], ANNA.id, [])).toEqual([]);
  });
});

describe('isManager', () => {
  it('is true for managers and admins only', () => {
    expect([isManager('agent'), isManager('manager'), isManager('admin')]).toEqual([false, true, true]);
  });
});

describe('newestWaitingOffer', () => {
  it('is the newest offer to me still waiting, leaving out the one just answered', () => {
    const older = chat({ chatId: 'older', transfer: { ...offer, requestedAt: 10 } });
    const newer = chat({ chatId: 'newer', transfer: { ...offer, requestedAt: 20 } });
    const toCarla = chat({ chatId: 'to-carla', transfer: { from: ANNA, to: CARLA, requestedAt: 30 } });
    const ended = chat({ chatId: 'ended', status: 'ended', transfer: { ...offer, requestedAt: 40 } });
    expect(newestWaitingOffer([older, newer, toCarla, ended], BRAM.id)?.chatId).toBe('newer');
    expect(newestWaitingOffer([older, newer, toCarla, ended], BRAM.id, 'newer')?.chatId).toBe('older');
    expect(newestWaitingOffer([older, toCarla], BRAM.id, 'older')).toBeUndefined();
  });
});

describe('transferEndedText', () => {
  it('tells the sender every outcome', () => {
    expect(transferEndedText('accepted', true, BRAM.name)).toBe('Bram Jansen accepted the chat');
    expect(transferEndedText('rejected', true, BRAM.name)).toBe('Bram Jansen rejected the transfer');
    expect(transferEndedText('timed-out', true, BRAM.name)).toBe('The transfer timed out');
    expect(transferEndedText('unavailable', true, BRAM.name)).toBe('Bram Jansen is no longer available; you keep the chat');
    expect(transferEndedText('cancelled', true, BRAM.name)).toBeUndefined();
    // The sender sees the end in the conversation itself.
    expect(transferEndedText('ended', true, BRAM.name)).toBeUndefined();
  });

  it("names the customer whose chat it was, when known: a sender may have offered several", () => {
    expect(transferEndedText('accepted', true, BRAM.name, 'Abel')).toBe('Bram Jansen accepted the chat with Abel');
    expect(transferEndedText('rejected', true, BRAM.name, 'Bea')).toBe('Bram Jansen rejected the transfer of the chat with Bea; you keep it');
    expect(transferEndedText('unavailable', true, BRAM.name, 'Bea')).toBe('Bram Jansen is no longer available; you keep the chat with Bea');
  });

  it('tells the receiver only of a cancel, a time-out or the chat ending first', () => {
    expect(transferEndedText('cancelled', false, BRAM.name)).toBe('The transfer was cancelled');
    expect(transferEndedText('ended', false, BRAM.name)).toBe('The chat ended before you answered the transfer');
    expect(transferEndedText('timed-out', false, BRAM.name)).toBe('The transfer timed out');
    expect(transferEndedText('rejected', false, BRAM.name)).toBeUndefined();
    expect(transferEndedText('accepted', false, BRAM.name)).toBeUndefined();
  });

  it('names the customer when it knows whose chat it was: an agent may have several offers waiting', () => {
    expect(transferEndedText('cancelled', false, BRAM.name, 'Lotte Smit')).toBe('The transfer of the chat with Lotte Smit was cancelled');
    expect(transferEndedText('ended', false, BRAM.name, 'Lotte Smit')).toBe('The chat with Lotte Smit ended before you answered the transfer');
    expect(transferEndedText('timed-out', false, BRAM.name, 'Lotte Smit')).toBe('The transfer of the chat with Lotte Smit timed out');
    expect(transferEndedText('timed-out', true, BRAM.name, 'Lotte Smit')).toBe('The transfer of the chat with Lotte Smit timed out');
    expect(transferEndedText('accepted', true, BRAM.name, 'Lotte Smit')).toBe('Bram Jansen accepted the chat with Lotte Smit');
  });
});

describe('transferMarker', () => {
  it('marks a pending transfer for both sides only', () => {
    expect(transferMarker(chat({ transfer: offer }), BRAM.id)).toBe('Transfer from Anna de Vries');
    expect(transferMarker(chat({ transfer: offer }), ANNA.id)).toBe('Transferring to Bram Jansen');
    expect(transferMarker(chat({ transfer: offer }), CARLA.id)).toBeUndefined();
    expect(transferMarker(chat(), ANNA.id)).toBeUndefined();
    expect(transferMarker(chat({ status: 'ended', transfer: offer }), ANNA.id)).toBeUndefined();
  });
});

describe('handOverFrom', () => {
  it("names who handed the chat on, from the hand-over's event line", () => {
    expect(handOverFrom('Carla Admin transferred the chat to Bram Jansen')).toEqual({ from: 'Carla Admin' });
    expect(handOverFrom('Carla Admin transferred the chat to Someone Else')).toEqual({ from: 'Carla Admin' });
  });

  it('names nobody when the line does not say who had the chat', () => {
    expect(handOverFrom('Bram Jansen joined the chat')).toEqual({ from: undefined });
  });

  it('is no hand-over when a manager took the chat over', () => {
    expect(handOverFrom('Carla Admin took over the chat')).toBeUndefined();
  });
});

describe('managesChannel', () => {
  const channels = [
    { id: 'default', name: 'General', canRespond: true, notifications: true, manager: false, unansweredWarningSeconds: 60, managerWarningSeconds: 120 },
    { id: 'sales', name: 'Sales', canRespond: true, notifications: true, manager: true, unansweredWarningSeconds: 60, managerWarningSeconds: 120 },
  ];
  it("lets an agent manage the chats of a channel that makes them its manager, and no other's", () => {
    expect(managesChannel('agent', channels, 'sales')).toBe(true);
    expect(managesChannel('agent', channels, 'default')).toBe(false);
    expect(managesChannel('agent', channels, undefined)).toBe(false);
  });
  it('lets managers and admins manage every channel', () => {
    expect(managesChannel('manager', [], 'default')).toBe(true);
    expect(managesChannel('admin', [], 'sales')).toBe(true);
  });
});
