'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { DashboardSessionQuery, Role } from '@accrue/sdk/src/generated/graphql';
import { formatDate, formatDateTime, formatMoney, zoneOffset } from '@/lib/format';
import { can, seesPersonalData, type Permission } from '@/lib/permissions';

export interface SessionValue {
  viewer: { id: string; email: string; name: string | null; role: Role };
  program: { name: string; currency: string; timezone: string };
  can: (permission: Permission) => boolean;
  personalData: boolean;
  money: (minor: number) => string;
  dateTime: (iso: string | null | undefined) => string;
  date: (iso: string | null | undefined) => string;
  zoneLabel: string;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({
  session,
  children,
}: {
  session: DashboardSessionQuery & { viewer: NonNullable<DashboardSessionQuery['viewer']> };
  children: ReactNode;
}) {
  const value = useMemo<SessionValue>(() => {
    const { viewer, programSettings: program } = session;
    return {
      viewer,
      program,
      can: (p) => can(viewer.role, p),
      personalData: seesPersonalData(viewer.role),
      money: (minor) => formatMoney(minor, program.currency),
      dateTime: (iso) => formatDateTime(iso, program.timezone),
      date: (iso) => formatDate(iso, program.timezone),
      zoneLabel: `${program.timezone} (${zoneOffset(program.timezone)})`,
    };
  }, [session]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The signed-in staff user, what they may do, and the program's currency and time zone. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
