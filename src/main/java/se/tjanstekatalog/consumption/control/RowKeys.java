package se.tjanstekatalog.consumption.control;

import java.util.Arrays;

/**
 * Remembers which (org, level, reference) keys an import has seen and on which row, for the
 * duplicate-row check, in two primitive arrays instead of a million objects. Keys are 64-bit
 * hashes; two different rows sharing one is a chance of about 1 in 10^7 for a million rows.
 */
final class RowKeys {
  private static final long EMPTY = 0L;
  private long[] keys = new long[1 << 12];
  private int[] rows = new int[1 << 12];
  private int size;

  /** Adds the key; returns the row it was first seen on, or -1 if it is new. */
  int addOrRow(long orgId, long levelId, String reference, long rowNo) {
    long key = mix(orgId * 0x9E3779B97F4A7C15L + levelId * 0xC2B2AE3D27D4EB4FL + hash(reference));
    if (key == EMPTY) {
      key = 1;
    }
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) key & mask;
    while (keys[i] != EMPTY) {
      if (keys[i] == key) {
        return rows[i];
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    rows[i] = (int) Math.min(rowNo, Integer.MAX_VALUE);
    size++;
    return -1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldRows = rows;
    keys = new long[oldKeys.length * 2];
    rows = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = (int) oldKeys[j] & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        rows[i] = oldRows[j];
      }
    }
  }

  /** FNV-1a over the characters, 64 bits. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** MurmurHash3's 64-bit finaliser. */
  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  void clear() {
    Arrays.fill(keys, EMPTY);
    size = 0;
  }
}
