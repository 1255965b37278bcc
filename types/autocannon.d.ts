// The part of autocannon's API the benchmarks use (the package ships no types).
declare module "autocannon" {
  namespace autocannon {
    type Result = {
      requests: { average: number; total: number };
      latency: { p50: number; p99: number; average: number };
      throughput: { average: number; total: number };
      non2xx: number;
      errors: number;
    };
  }
  function autocannon(
    options: { url: string; connections?: number; duration?: number; headers?: Record<string, string> },
    callback: (error: Error | null, result: autocannon.Result) => void,
  ): unknown;
  export default autocannon;
}
