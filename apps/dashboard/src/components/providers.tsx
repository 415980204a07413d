'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { PublicConfig } from '@/lib/config';
import { ApiUnreachableError } from '@/lib/graphql';

const ConfigContext = createContext<PublicConfig | null>(null);

export function usePublicConfig(): PublicConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('usePublicConfig must be used inside <Providers>');
  return config;
}

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // An unreachable API is shown at once (with a retry button); other failures get one retry.
        retry: (failureCount, error) => !(error instanceof ApiUnreachableError) && failureCount < 1,
      },
    },
  });
}

export function Providers({ config, children }: { config: PublicConfig; children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient);
  return (
    <ConfigContext.Provider value={config}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ConfigContext.Provider>
  );
}
