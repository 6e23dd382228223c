import { describe, expect, it } from 'vitest';
import { formatFileSize, utf8Bytes } from '../../../../src/lib/syndication/file-size';

describe('file sizes beside download links', () => {
  it('reads bytes, kilobytes and megabytes at their boundaries', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(1023)).toBe('1023 bytes');
    expect(formatFileSize(1024)).toBe('1 KB');
    expect(formatFileSize(1535)).toBe('1 KB');
    expect(formatFileSize(1536)).toBe('2 KB');
    expect(formatFileSize(1024 * 1024 - 600)).toBe('1023 KB');
    expect(formatFileSize(1024 * 1024 - 1)).toBe('1.0 MB');
    expect(formatFileSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatFileSize(1_572_864)).toBe('1.5 MB');
  });

  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('£1')).toBe(3);
    expect(utf8Bytes('“x”')).toBe(7);
  });
});
