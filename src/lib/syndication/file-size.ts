/**
 * A file size as a person reads it beside a download link: bytes below 1 KB,
 * whole kilobytes below 1 MB, then megabytes to one decimal place (1 KB = 1,024 bytes).
 *
 * @example formatFileSize(512) // => "512 bytes"
 * @example formatFileSize(20_480) // => "20 KB"
 * @example formatFileSize(1_572_864) // => "1.5 MB"
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  const kilobytes = Math.round(bytes / 1024);
  if (kilobytes < 1024) return `${kilobytes} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Size in bytes of text written as UTF-8, as it is served. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
