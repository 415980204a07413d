/**
 * Query cost limits, checked after validation and before execution: the depth of the selection
 * (fragments expanded; introspection fields exempt) and an estimated complexity
 * (graphql-query-complexity): each field costs 1, and a connection field multiplies what it
 * selects by its page size (first/last, else the default page size).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination';

const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const size = [args.first, args.last].find((v): v is number => typeof v === 'number') ?? DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * Math.max(1, size);
};

export function queryDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depth = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    if (!set) return 0;
    let max = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue; // introspection and __typename
        max = Math.max(max, s.selectionSet ? 1 + depth(s.selectionSet, seen) : 1);
      } else if (s.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depth(s.selectionSet, seen));
      else {
        const name = s.name.value;
        const f = fragments.get(name);
        if (f && !seen.has(name)) max = Math.max(max, depth(f.selectionSet, new Set(seen).add(name)));
      }
    }
    return max;
  };
  return depth(operation.selectionSet, new Set());
}

const refuse = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const depth = queryDepth(document, operation);
          if (depth > limits.maxDepth)
            throw refuse(
              'QUERY_TOO_DEEP',
              `The query is ${depth} levels deep; the limit is ${limits.maxDepth}`,
            );
          let complexity: number;
          try {
            complexity = getComplexity({
              schema,
              query: document,
              operationName: operation.name?.value ?? request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [
                connectionEstimator,
                fieldExtensionsEstimator(),
                simpleEstimator({ defaultComplexity: 1 }),
              ],
            });
          } catch {
            return; // malformed variables: execution reports them
          }
          if (complexity > limits.maxComplexity)
            throw refuse(
              'QUERY_TOO_COMPLEX',
              `The query's estimated complexity is ${complexity}; the limit is ${limits.maxComplexity} (ask for smaller pages)`,
            );
        },
      };
    },
  };
}
