import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { gzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Request, Response } from 'restify';

/** A small file held in memory, with a content hash for cache-busting URLs and ETags. */
export interface MemoryAsset {
  body: Buffer;
  hash: string;
  contentType: string;
}

const CONTENT_TYPES: Record<string, string> = {
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** `src/web/public`; also found from a `tsc` build in `dist/`, which does not copy it. */
export function publicDir(): string {
  const candidates = [join(__dirname, 'public'), resolve(__dirname, '../../../src/web/public')];
  const found = candidates.find((dir) => existsSync(join(dir, 'chat.js')));
  if (!found) throw new Error(`Web Chat page assets not found in ${candidates.join(' or ')}`);
  return found;
}

export function memoryAsset(fileName: string, body: Buffer = readFileSync(join(publicDir(), fileName))): MemoryAsset {
  const extension = fileName.split('.').pop() ?? '';
  return { body, hash: createHash('sha256').update(body).digest('hex').slice(0, 16), contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' };
}

/**
 * Sends an in-memory asset. A request carrying the current `?v=` hash may be cached for a
 * year (the URL changes with the content); anything else gets a short cache and the ETag.
 */
export function sendMemoryAsset(req: Request, res: Response, asset: MemoryAsset, headers: Record<string, string>): void {
  const etag = `"${asset.hash}"`;
  const versioned = new URL(req.url ?? '/', 'http://local').searchParams.get('v') === asset.hash;
  const common = {
    ...headers,
    'Content-Type': asset.contentType,
    ETag: etag,
    'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, common);
    res.end();
    return;
  }
  res.writeHead(200, { ...common, 'Content-Length': String(asset.body.length) });
  res.end(asset.body);
}

/**
 * The Web Chat bundle from the installed npm package (never a CDN). The package's
 * `exports` hide `dist/`, so it is found next to the entry point `require.resolve` gives.
 */
export class WebChatBundle {
  readonly path: string;
  readonly licensePath: string;
  readonly version: string;
  private readonly etag: string;
  private gzipped?: Promise<Buffer>;

  constructor() {
    const packageRoot = resolve(dirname(require.resolve('botframework-webchat')), '..');
    this.path = join(packageRoot, 'dist', 'webchat.js');
    this.licensePath = join(packageRoot, 'dist', 'webchat.js.LICENSE.txt');
    this.version = (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
    const stat = statSync(this.path);
    this.etag = `"webchat-${this.version}-${stat.size}-${stat.mtimeMs.toFixed(0)}"`;
  }

  /** Streams the bundle, or sends it gzipped (compressed once, then kept: it is ~4 MB raw, ~1 MB gzipped). */
  async send(req: Request, res: Response, headers: Record<string, string>): Promise<void> {
    const common = {
      ...headers,
      'Content-Type': 'text/javascript; charset=utf-8',
      ETag: this.etag,
      'Cache-Control': 'public, max-age=86400',
      Vary: 'Accept-Encoding',
    };
    if (req.headers['if-none-match'] === this.etag) {
      res.writeHead(304, common);
      res.end();
      return;
    }
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      this.gzipped ??= promisify(gzip)(readFileSync(this.path));
      const body = await this.gzipped;
      res.writeHead(200, { ...common, 'Content-Encoding': 'gzip', 'Content-Length': String(body.length) });
      res.end(body);
      return;
    }
    res.writeHead(200, { ...common, 'Content-Length': String(statSync(this.path).size) });
    try {
      await finished(createReadStream(this.path).pipe(res));
    } catch {
      // The client went away mid-download: nothing to answer, and throwing here would make
      // restify try to send an error on a response that has already started.
      res.destroy();
    }
  }

  sendLicense(res: Response, headers: Record<string, string>): void {
    res.writeHead(200, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=86400' });
    res.end(readFileSync(this.licensePath));
  }
}
