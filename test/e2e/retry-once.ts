/**
 * Browser tests share this 2-core machine with the runtime and Chromium, and now and then one loses
 * a race with the machine rather than with the product. A test that fails runs once more, and its
 * first failure is printed either way: a flake stays visible without stopping the run, and a real
 * fault fails both times. The retry runs on a runtime of its own (test/support/e2e-world.ts), so it
 * does not meet what its first attempt left behind.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });
