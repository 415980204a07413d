import { DOMAIN_ERROR_CODES, DomainError } from '@accrue/core';
import { describe, expect, it } from 'vitest';
import { isRetryable } from '../services/app';
import { TRANSPORT_CODES, TransportError } from '../transport-error';
import { Authorized } from './auth-checker';
import { toGraphQLError } from './errors';

describe('mistakes the compiler catches', () => {
  it('@Authorized takes the permissions of the matrix only', () => {
    expect(typeof Authorized('purchase:write')).toBe('function');
    // @ts-expect-error a permission that is not in the matrix does not compile
    Authorized('purchase:wirte');
  });

  it('answers every code: a domain refusal as itself, invalid input as BAD_USER_INPUT', () => {
    for (const code of DOMAIN_ERROR_CODES)
      expect(toGraphQLError(new DomainError(code, 'x')).extensions.code).toBe(
        code === 'INVALID_INPUT' ? 'BAD_USER_INPUT' : code,
      );
    for (const code of TRANSPORT_CODES)
      expect(toGraphQLError(new TransportError(code, 'x')).extensions.code).toBe(code);
  });

  it('retries by the database error code, not by the message', () => {
    for (const code of ['40001', '40P01', '23505', 'SQLITE_BUSY', 'SQLITE_CONSTRAINT_UNIQUE'])
      expect(isRetryable(Object.assign(new Error('whatever the driver says'), { code }))).toBe(true);
    expect(isRetryable(new Error('deadlock detected'))).toBe(false);
    expect(isRetryable(Object.assign(new Error('x'), { code: '23503' }))).toBe(false);
    expect(
      isRetryable(new Error('wrapped', { cause: Object.assign(new Error('y'), { code: '40P01' }) })),
    ).toBe(true);
  });
});
