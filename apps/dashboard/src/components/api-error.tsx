'use client';

import { ApiGraphQLError, ApiHttpError, ApiUnreachableError } from '@/lib/graphql';

export function ApiErrorPanel({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  let title = 'Something went wrong';
  let detail: string = error.message;
  if (error instanceof ApiUnreachableError) {
    title = 'Cannot reach the API';
    detail = `The dashboard could not connect to the Accrue API at ${error.apiUrl}. Check that the API is running and that NEXT_PUBLIC_API_URL points to it.`;
  } else if (error instanceof ApiHttpError) {
    title = 'The API returned an unexpected response';
  } else if (error instanceof ApiGraphQLError) {
    if (error.codes.includes('UNAUTHENTICATED')) {
      title = 'Not signed in';
      detail = 'The API did not accept the access token. Sign in again or set NEXT_PUBLIC_API_TOKEN.';
    } else if (error.codes.includes('FORBIDDEN')) {
      title = 'Not allowed';
      detail = 'Your role may not see this page.';
    } else {
      title = 'The API returned an error';
    }
  }
  return (
    <div className="error" role="alert" data-testid="api-error">
      <h2>{title}</h2>
      <p>{detail}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
