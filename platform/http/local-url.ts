/** Where this machine reaches a service bound to `host`: a wildcard bind over loopback. */
export const localUrl = (host: string | undefined, port: number, route: string) => {
  const reached = !host || host === '0.0.0.0' ? '127.0.0.1' : host;
  return `http://${reached.includes(':') ? `[${reached}]` : reached}:${port}${route}`;
};
