/**
 * Wall and CPU time of a build step, for its log line. CPU time is the whole process's (every thread: zlib and
 * image rendering run on libuv's and native threads), which during an integration's hook is that hook's own
 * work; it is what the machine's load changes least (`npm run bench` reads it from the log).
 */
export function stopwatch(): () => string {
  const started = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return `${((performance.now() - started) / 1000).toFixed(2)} s (${((used.user + used.system) / 1e6).toFixed(2)} s CPU)`;
  };
}
