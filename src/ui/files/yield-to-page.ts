/**
 * Resolves in a new task, so the page can take input and paint in between. A message on a
 * MessageChannel, not `setTimeout(0)`: nested timeouts are held back to 4 ms each, and hidden
 * tabs to a second, which would stretch a sliced read of a large file many times over.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
