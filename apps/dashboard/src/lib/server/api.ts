import 'server-only';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import * as documents from '@accrue/sdk/src/generated/graphql';
import { dashboardConfig } from './config';

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string; field?: string[] } & Record<string, unknown>;
}
export interface GraphQLResponse<T = unknown> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

const operationName = (doc: DocumentNode) =>
  (doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode | undefined)?.name
    ?.value;

/**
 * The operations the browser may run through /api/graphql: every typed document of @accrue/sdk,
 * by name, except the login (its answer carries the session token, which only this server sees).
 */
const SERVER_ONLY = new Set(['StaffLogin']);
let allowlist: Map<string, string> | undefined;
export function allowedOperation(name: string): string | undefined {
  if (!allowlist) {
    allowlist = new Map();
    for (const value of Object.values(documents)) {
      if (!value || typeof value !== 'object' || (value as DocumentNode).kind !== 'Document') continue;
      const name = operationName(value as DocumentNode);
      if (name && !SERVER_ONLY.has(name)) allowlist.set(name, print(value as DocumentNode));
    }
  }
  return allowlist.get(name);
}

/** Sends one GraphQL request to the API with the session token; returns the API's status and body. */
export async function forwardToApi(
  query: string,
  variables: unknown,
  token: string | undefined,
  operation?: string,
): Promise<{ status: number; body: GraphQLResponse }> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(dashboardConfig().apiUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables, operationName: operation }),
      cache: 'no-store',
    });
  } catch {
    return {
      status: 502,
      body: {
        errors: [
          { message: 'The dashboard cannot reach the Accrue API', extensions: { code: 'API_UNREACHABLE' } },
        ],
      },
    };
  }
  try {
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  } catch {
    return {
      status: 502,
      body: {
        errors: [
          {
            message: `The Accrue API answered HTTP ${response.status}`,
            extensions: { code: 'API_BAD_RESPONSE' },
          },
        ],
      },
    };
  }
}

/** A typed request from the dashboard's server (sign-in, the session read of every page). */
export async function serverRequest<TData, TVariables>(
  doc: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  token: string | undefined,
): Promise<GraphQLResponse<TData>> {
  const { body } = await forwardToApi(print(doc), variables, token, operationName(doc));
  return body as GraphQLResponse<TData>;
}

export const errorCodes = (response: GraphQLResponse) =>
  (response.errors ?? []).map((e) => e.extensions?.code).filter((c): c is string => !!c);
