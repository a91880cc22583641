import { createHash } from 'node:crypto';
import { conversationKeyer } from '../../src/privacy/conversationKey';

describe('the conversation key stores and handoffs use', () => {
  const phone = '+16175550142';
  const keyA = conversationKeyer('a'.repeat(32));
  const keyB = conversationKeyer('b'.repeat(32));

  it('is stable for one secret, so a conversation is found again on its next turn', () => {
    expect(keyA('sms', phone)).toBe(keyA('sms', phone));
    expect(keyA('sms', phone)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('cannot be reversed by hashing every phone number: without the secret it is not the plain hash', () => {
    const plain = createHash('sha256').update(`sms\u0000${phone}`).digest('hex').slice(0, 32);
    expect(keyA('sms', phone)).not.toBe(plain);
    expect(keyA('sms', phone)).not.toBe(keyB('sms', phone));
  });

  it('keeps channels apart: the same id on two channels is two conversations', () => {
    expect(keyA('sms', phone)).not.toBe(keyA('webchat', phone));
  });
});
