import { spawn, type ChildProcess } from 'node:child_process';

/** Starts the plain static server on `port` and resolves once it answers. */
export async function serveDist(port: number): Promise<ChildProcess> {
  const server = spawn('node', ['--import', 'tsx', 'tests/tools/static-server.ts', String(port)], {
    stdio: 'ignore',
  });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error(`The static server did not answer on port ${port}`);
}
