/**
 * How a live-lecture client reconnects to the relay: quickly after a relay restart (the issue:
 * resume within 5 s), never giving up. Shared by the browser session and the Node test client.
 */
export const RECONNECT = {
  delay: 300,
  factor: 1.5,
  minDelay: 200,
  maxDelay: 1000,
  messageReconnectTimeout: 10_000,
} as const;
