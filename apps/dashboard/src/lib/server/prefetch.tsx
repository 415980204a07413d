import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { HydrationBoundary, QueryClient, dehydrate } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { gqlKey } from '@/lib/graphql-client';
import { serverRequest } from './api';
import { sessionToken } from './session';

type Prefetch = { doc: TypedDocumentNode<any, any>; variables: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Reads a page's first queries on the server, in parallel, and hands them to react-query in the
 * browser: the page paints with its data instead of a skeleton. A query that fails is left to the
 * browser, which shows its error state.
 */
export async function Prefetched({ queries, children }: { queries: Prefetch[]; children: ReactNode }) {
  const token = await sessionToken();
  const client = new QueryClient();
  await Promise.all(
    queries.map(async ({ doc, variables }) => {
      const response = await serverRequest(doc, variables, token);
      if (response.data && !response.errors?.length)
        client.setQueryData(gqlKey(doc, variables), response.data);
    }),
  );
  return <HydrationBoundary state={dehydrate(client)}>{children}</HydrationBoundary>;
}
