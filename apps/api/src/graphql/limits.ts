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
  visit,
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

/**
 * Variables whose values can change the estimate: only page sizes (first/last) do, since no field
 * declares its own complexity function. Any other variable (an input object) leaves it unchanged.
 */
function pageSizeVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      if ((node.name.value === 'first' || node.name.value === 'last') && node.value.kind === Kind.VARIABLE)
        names.add(node.value.name.value);
    },
  });
  return [...names].sort();
}

/**
 * Depth and complexity per parsed document (Apollo hands the same DocumentNode for the same query
 * text), operation and page-size variables: a hot mutation sent with new variables each time is
 * measured once.
 */
const measured = new WeakMap<DocumentNode, { pageVars: string[]; byKey: Map<string, Measure> }>();
interface Measure {
  depth: number;
  complexity: number | null; // null: the variables were malformed (execution reports them)
}
const MAX_MEASURES_PER_DOCUMENT = 100;

const refuse = (code: string, message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: 400 } } });

export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          let doc = measured.get(document);
          if (!doc)
            measured.set(document, (doc = { pageVars: pageSizeVariables(document), byKey: new Map() }));
          const operationName = operation.name?.value ?? request.operationName ?? undefined;
          const variables = request.variables ?? {};
          const key = JSON.stringify([
            operationName ?? null,
            ...doc.pageVars.map((v) => variables[v] ?? null),
          ]);
          let m = doc.byKey.get(key);
          if (!m) {
            let complexity: number | null;
            try {
              complexity = getComplexity({
                schema,
                query: document,
                operationName,
                variables,
                estimators: [
                  connectionEstimator,
                  fieldExtensionsEstimator(),
                  simpleEstimator({ defaultComplexity: 1 }),
                ],
              });
            } catch {
              complexity = null;
            }
            m = { depth: queryDepth(document, operation), complexity };
            if (doc.byKey.size >= MAX_MEASURES_PER_DOCUMENT) doc.byKey.clear();
            doc.byKey.set(key, m);
          }
          const { depth, complexity } = m;
          if (depth > limits.maxDepth)
            throw refuse(
              'QUERY_TOO_DEEP',
              `The query is ${depth} levels deep; the limit is ${limits.maxDepth}`,
            );
          if (complexity === null) return; // malformed variables: execution reports them
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
