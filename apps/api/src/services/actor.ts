export type Role = 'ADMIN' | 'MARKETING' | 'FINANCE' | 'SUPPORT' | 'VIEWER' | 'INTEGRATION' | 'STOREFRONT';

/** Who is making a request: the bootstrap admin, a staff user or an API key. */
export interface Actor {
  kind: 'bootstrap' | 'staff' | 'apiKey' | 'system';
  id: string;
  label: string; // written to the audit log and ledger: "staff:ana@shop.com", "key:pos-1"
  role: Role;
  /** the staff session behind this request (logout revokes it) */
  sessionId?: string;
}

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: 'system', label: 'system', role: 'ADMIN' };
