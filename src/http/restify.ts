/**
 * restify, loadable on every Node the product runs on.
 *
 * restify 11 (pinned: restify 12 needs Node >= 22, and development runs on Node 20) requires spdy,
 * whose http-deceiver reads `process.binding('http_parser')` as the module loads. Node 24 removed that
 * binding, so the require throws and no server starts. We never serve spdy or HTTP/2, so the parser is
 * never used: where the binding is gone, the loader gets a stand-in with the HTTP method list, which
 * is all http-deceiver reads at load time. Drop this file when the project moves to restify 12.
 */
import { METHODS } from 'node:http';

type Binding = (name: string) => unknown;
const host = process as unknown as { binding: Binding };
const original = host.binding.bind(process);
host.binding = (name: string): unknown => {
  try {
    return original(name);
  } catch (err) {
    if (name === 'http_parser') return { HTTPParser: { methods: [...METHODS] } };
    throw err;
  }
};

// eslint-disable-next-line @typescript-eslint/no-require-imports -- must load after the stand-in above
const restify = require('restify') as typeof import('restify');
export default restify;
export type { Request, Response, Next, Server, RequestHandler } from 'restify';
