import autocannon from 'autocannon';

/**
 * Runs autocannon in its own process, so the load generator does not share an event loop with
 * what it measures. Reads `{ url, bodies, connections, seconds }` as JSON on stdin; prints
 * `{ requests, errors, non2xx }` as JSON. Bodies are taken in turn across all connections, so
 * with more than one body no two concurrent requests are the same unless the list wraps.
 */
async function main() {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const { url, bodies, connections, seconds } = JSON.parse(input) as {
    url: string;
    bodies: string[];
    connections: number;
    seconds: number;
  };
  let next = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const body = bodies[next % bodies.length];
          next += 1;
          return { ...request, body };
        },
      },
    ],
  });
  process.stdout.write(
    JSON.stringify({
      requestsPerSecond: result.requests.average,
      total: result.requests.total,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
