import { z } from "zod";

/**
 * A record (key → value) of at most `most` entries. An object a client sends is as much a batch
 * as an array is: without a most, one request could carry a million keys.
 */
export function boundedRecord<Key extends z.core.$ZodRecordKey, Value extends z.core.SomeType>(
  key: Key,
  value: Value,
  most: number,
  message: string,
) {
  return z.record(key, value).refine((entries) => Object.keys(entries).length <= most, message);
}
