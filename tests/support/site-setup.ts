/**
 * Runs around every test file of the site project (vitest.config.ts `setupFiles`): the worker's
 * browser stays open for the next file, the pages this file opened are closed.
 */
import { afterAll } from 'vitest';
import { closeContexts } from './browser';

afterAll(closeContexts);
