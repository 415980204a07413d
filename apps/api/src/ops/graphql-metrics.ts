/**
 * Counts GraphQL operations by what they ask (their root fields, so the label's values are bounded by
 * the schema, unlike client-chosen operation names) and outcome (`ok`, or the first error's code),
 * with a latency histogram; tells the request's access log line the same name.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { requestScope } from './log';
import type { Telemetry } from './telemetry';

function rootFields(set: SelectionSetNode, out: Set<string>) {
  for (const s of set.selections)
    if (s.kind === Kind.FIELD) {
      if (s.name.value !== '__typename') out.add(s.name.value);
    } else if (s.kind === Kind.INLINE_FRAGMENT) rootFields(s.selectionSet, out);
    else out.add(`...${s.name.value}`);
}

/** `query member`, `mutation recordPurchase`, `query member,tiers` (at most three fields, then `+n`). */
export function operationLabel(op: OperationDefinitionNode | null | undefined): string {
  if (!op) return 'invalid';
  const fields = new Set<string>();
  rootFields(op.selectionSet, fields);
  const names = [...fields].sort();
  const shown = names.slice(0, 3).join(',') + (names.length > 3 ? `+${names.length - 3}` : '');
  return `${op.operation} ${shown || '(none)'}`;
}

export function operationMetricsPlugin(telemetry: Telemetry): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = performance.now();
      let operation = 'invalid';
      return {
        async didResolveOperation({ operation: op }) {
          operation = operationLabel(op);
          const s = requestScope();
          if (s) s.operation = operation;
        },
        async willSendResponse({ response, errors }) {
          const errs =
            errors ?? (response.body.kind === 'single' ? response.body.singleResult.errors : undefined);
          const outcome = errs?.length ? String(errs[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'ok';
          telemetry.operations.inc({ operation, outcome });
          telemetry.operationSeconds.observe({ operation }, (performance.now() - started) / 1000);
        },
      };
    },
  };
}
