import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';

/**
 * `http://<loopback>:<port>` of the running server, read from the socket it listens on
 * rather than from a request's Host header, so a client can't point the bot's replies
 * (serviceUrl) or our own calls elsewhere.
 */
export function loopbackOrigin(server: Server): string {
  const address = server.server.address() as AddressInfo | string | null;
  if (!address || typeof address === 'string') {
    throw new Error('The local Direct Line needs the server to listen on a TCP port.');
  }
  const wildcard = address.address === '::' || address.address === '0.0.0.0';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** A URL given as a path (e.g. `/api/messages`) is resolved against this server's loopback origin. */
export function resolveAgainstSelf(server: Server, urlOrPath: string): string {
  return urlOrPath.startsWith('/') ? `${loopbackOrigin(server)}${urlOrPath}` : urlOrPath;
}

/** Connector calls come from the bot on this machine; anything else is refused. */
export function isLoopback(remoteAddress: string | undefined): boolean {
  if (!remoteAddress) return false;
  return remoteAddress === '::1' || remoteAddress.startsWith('127.') || remoteAddress.startsWith('::ffff:127.');
}
