/** A token bucket: `rate` messages a second on average, bursts up to `burst`. Pure (clock passed in). */
export interface Bucket {
  tokens: number;
  at: number;
}

export function takeToken(bucket: Bucket, now: number, rate: number, burst: number): boolean {
  bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * rate);
  bucket.at = now;
  if (bucket.tokens < 1) return false;
  bucket.tokens -= 1;
  return true;
}
