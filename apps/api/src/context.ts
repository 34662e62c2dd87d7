import type { Request, Response } from 'express';
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

export interface Services {
  dataSource: DataSource;
  keys: DataKeys;
  sessionIdleMinutes: number;
  secureCookies: boolean;
}

export interface RequestContext {
  actor: Actor | null;
  services: Services;
  loaders: Loaders;
  audit: AccessRecorder;
  clientAddress: string;
  req: Request;
  res: Response;
}
