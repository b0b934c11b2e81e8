import {
  checkWebhookUrl,
  guardedLookup,
  isPrivateAddress,
} from '../../subgraphs/notifications/src/webhook/webhook-url';
import {
  signatureOf,
  verifySignature,
} from '../../subgraphs/notifications/src/webhook/webhook-signature';

// A webhook URL is untrusted input that makes the server connect somewhere: by default only
// https to public addresses, checked as given and again when each delivery resolves the name.

describe('webhook URLs', () => {
  it.each([
    ['http://example.org/hook', 'must be https; got http:'],
    ['https://127.0.0.1/hook', 'private or reserved address (127.0.0.1)'],
    ['https://10.1.2.3/hook', 'private or reserved address'],
    ['https://169.254.169.254/latest/meta-data', 'private or reserved address'],
    ['https://[::1]/hook', 'private or reserved address'],
    ['https://[::ffff:192.168.0.1]/hook', 'private or reserved address'],
    ['https://localhost/hook', 'must name a public host'],
    ['https://intranet/hook', 'must name a public host'],
    ['https://user:pass@example.org/hook', 'must not carry a user name or password'],
    ['not a url', 'is not an absolute URL'],
    [`https://example.org/${'a'.repeat(2_000)}`, 'is longer than 2000 characters'],
  ])('refuses %s', (url, why) => {
    expect(() => checkWebhookUrl(url, false)).toThrow(why);
  });

  it('accepts https on a public host, and loopback http only when allowed', () => {
    expect(checkWebhookUrl('https://hooks.example.org/cpg?x=1', false)).toBe(
      'https://hooks.example.org/cpg?x=1',
    );
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook', true)).toBe('http://127.0.0.1:8080/hook');
  });

  it('tells private addresses from public ones', () => {
    for (const address of [
      '127.0.0.1',
      '10.0.0.1',
      '172.20.1.1',
      '192.168.1.1',
      '100.64.0.1',
      'fd00::1',
      'fe80::1',
      '::',
    ])
      expect(isPrivateAddress(address)).toBe(true);
    for (const address of ['93.184.215.14', '2606:4700::1111', '8.8.8.8'])
      expect(isPrivateAddress(address)).toBe(false);
  });

  it('refuses, as a delivery connects, a name that resolves to a private address', async () => {
    const lookup = (allow: boolean) =>
      new Promise<{ error: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
        guardedLookup(allow)('localhost', {}, (error, address) => resolve({ error, address })),
      );
    const refused = await lookup(false);
    expect(refused.error?.message).toMatch(/localhost resolves to a private address/);
    const allowed = await lookup(true);
    expect(allowed.error).toBeNull();
  });
});

describe('webhook signatures', () => {
  const secret = 'a-receiver-secret-0123456789';
  const body = '{"deliveryId":"1"}';
  const now = Date.parse('2026-12-05T10:00:00Z');
  const header = signatureOf(secret, body, now / 1000);

  it('verify the exact body with the secret, within the tolerance', () => {
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, body, header, 300, now)).toBe(true);
    expect(verifySignature(secret, `${body} `, header, 300, now)).toBe(false);
    expect(verifySignature('another-secret-0123456789', body, header, 300, now)).toBe(false);
    expect(verifySignature(secret, body, header, 300, now + 301_000)).toBe(false);
    expect(verifySignature(secret, body, 'v1=abc', 300, now)).toBe(false);
  });
});
