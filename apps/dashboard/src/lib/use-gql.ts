'use client';

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { gqlKey, gqlRequest, operationName } from './graphql-client';

export function useGqlQuery<TData, TVariables>(
  doc: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  options: Omit<UseQueryOptions<TData, Error, TData>, 'queryKey' | 'queryFn'> & {
    keepPrevious?: boolean;
  } = {},
) {
  const { keepPrevious, ...rest } = options;
  return useQuery({
    queryKey: gqlKey(doc, variables),
    queryFn: ({ signal }) => gqlRequest(doc, variables, signal),
    placeholderData: keepPrevious ? keepPreviousData : undefined,
    ...rest,
  });
}

/**
 * A mutation through a typed document. `select` picks its payload and throws its userErrors;
 * `invalidates` names the queries (documents) to read again once it succeeded.
 */
export function useGqlMutation<TData, TVariables, TResult>(
  doc: TypedDocumentNode<TData, TVariables>,
  options: {
    select: (data: TData) => TResult;
    invalidates: TypedDocumentNode<any, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    onSuccess?: (result: TResult, variables: TVariables) => void;
  },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (variables: TVariables) => options.select(await gqlRequest(doc, variables)),
    onSuccess: async (result, variables) => {
      options.onSuccess?.(result, variables);
      await Promise.all(
        options.invalidates.map((d) =>
          queryClient.invalidateQueries({ queryKey: [operationName(d as never)] }),
        ),
      );
    },
  });
}
