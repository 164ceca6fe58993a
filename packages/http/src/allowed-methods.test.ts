import { describe, expect, it } from 'vitest';
import { allowedMethods } from './allowed-methods.js';

const ROUTES = [
  { method: 'ALL', path: '*' },
  { method: 'GET', path: '/healthz' },
  { method: 'GET', path: '/v1/operations/:operation' },
  { method: 'POST', path: '/v1/operations/:operation/requests' },
  { method: 'POST', path: '/v1/validate' },
];

describe('a known path asked with another method is told which methods it takes', () => {
  it('lists GET and HEAD for a GET route', () => {
    expect(allowedMethods(ROUTES, '/healthz')).toEqual(['GET', 'HEAD']);
  });

  it('lists POST for a POST route', () => {
    expect(allowedMethods(ROUTES, '/v1/validate')).toEqual(['POST']);
  });

  it('matches path parameters against any non-empty segment', () => {
    expect(allowedMethods(ROUTES, '/v1/operations/anything')).toEqual(['GET', 'HEAD']);
    expect(allowedMethods(ROUTES, '/v1/operations/x/requests')).toEqual(['POST']);
    expect(allowedMethods(ROUTES, '/v1/operations/')).toEqual([]);
  });

  it('finds nothing for an unknown path, and ignores middleware entries', () => {
    expect(allowedMethods(ROUTES, '/nope')).toEqual([]);
    expect(allowedMethods(ROUTES, '/healthz/extra')).toEqual([]);
    expect(allowedMethods(ROUTES, '*')).toEqual([]);
  });
});
