import type { CookieOptions } from 'express';
import type { IncomingMessage } from 'node:http';
import type { DataSource } from 'typeorm';
import type { Actor as DomainActor, Role } from '@ieum/domain';
import type { DataKeys } from './personal-data/rrn-cipher';
import type { AccessRecorder } from './modules/audit/access-recorder';
import type { Loaders } from './loaders';

// Who is calling: a signed-in user or a partner system's API key, always acting for one agency.
export interface Actor extends DomainActor {
  kind: 'USER' | 'API_KEY';
  userId: string | null;
  apiKeyId: string | null;
  sessionId: string | null;
  // The label written to the access log: the user's email or "apikey:<prefix>".
  account: string;
  name: string;
  role: Role;
  agencyId: string;
  // The agency's region and its ancestors, nearest first (읍면동, 시군구, 시도).
  agencyRegionAncestry: string[];
}

// What the server is built from: the database, the personal-data keys and the settings requests need.
// One object, made once by the caller of startServer (main.ts, the test harness) and handed to every
// request as ctx.services.
export interface AppDeps {
  dataSource: DataSource;
  keys: DataKeys;
  sessionIdleMinutes: number;
  secureCookies: boolean;
  /** Signed-out calculator and directory requests a minute per client address, each; absent = DEFAULT_PUBLIC_RATE_LIMIT. */
  publicRateLimit?: number;
}

// What a resolver may do to the HTTP response: set or clear the session cookie. Express's Response
// is one; a WebSocket operation has no response and gets one that refuses (see server.ts).
export interface ResponseCookies {
  cookie(name: string, value: string, options: CookieOptions): unknown;
  clearCookie(name: string, options?: CookieOptions): unknown;
}

export interface RequestContext {
  actor: Actor | null;
  services: AppDeps;
  loaders: Loaders;
  audit: AccessRecorder;
  clientAddress: string;
  req: IncomingMessage;
  res: ResponseCookies;
}
