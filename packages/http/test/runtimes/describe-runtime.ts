import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineApiScenarios } from '../api-scenarios.js';
import { type RuntimeServer, startRuntimeServer } from './runtime-server.js';
import { type Runtime, runtimeVersion } from './runtimes.js';

/**
 * Runs the API scenario suite against a runtime serving the API in its own process, over
 * real HTTP on 127.0.0.1. A runtime that is missing or does not start fails every test.
 *
 * @param runtime The runtime.
 */
export function describeRuntime(runtime: Runtime): void {
  let version: string;
  try {
    version = runtimeVersion(runtime);
  } catch (error) {
    version = `${runtime.name} (not runnable: ${(error as Error).message})`;
  }

  describe(`the API on ${version}, over TCP`, () => {
    let server: RuntimeServer | undefined;
    const running = (): RuntimeServer => {
      if (server === undefined) throw new Error(`${runtime.name} is not running`);
      return server;
    };

    beforeAll(async () => {
      server = await startRuntimeServer(runtime);
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('serves on 127.0.0.1 from a process of its own', () => {
      expect(running().url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(running().pid).not.toBe(process.pid);
    });

    defineApiScenarios(() => (path, init) => fetch(`${running().url}${path}`, init));
  });
}
