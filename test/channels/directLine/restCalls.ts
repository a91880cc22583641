/** Plain HTTP calls to the Direct Line REST API, for asserting status codes and shapes exactly. */
export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  headers: Headers;
}

export async function call(
  url: string,
  options: { method?: string; token?: string; json?: unknown; rawBody?: string } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.json !== undefined || options.rawBody !== undefined) {
    headers['content-type'] = 'application/json';
    body = options.rawBody ?? JSON.stringify(options.json);
  }
  const res = await fetch(url, { method: options.method ?? (body ? 'POST' : 'GET'), headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    // leave as text
  }
  return { status: res.status, body: parsed, headers: res.headers };
}

/** Retries `check` until it stops throwing, for things the bot does after a response was sent. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** tokens/generate, then start the conversation; returns what a client holds afterwards. */
export async function startConversation(domain: string, userId?: string) {
  const generated = await call(`${domain}/tokens/generate`, {
    method: 'POST',
    ...(userId ? { json: { user: { id: userId } } } : {}),
  });
  if (generated.status !== 200) throw new Error(`tokens/generate answered ${generated.status}`);
  const started = await call(`${domain}/conversations`, { method: 'POST', token: generated.body.token });
  if (started.status !== 201) throw new Error(`conversations answered ${started.status}`);
  return started.body as { conversationId: string; token: string; expires_in: number; streamUrl: string };
}
