package id.simak.generate;

import java.nio.charset.StandardCharsets;

/** A 64-bit FNV-1a hash of text, the same on every JVM, from which ids and shuffles are derived. */
final class StableHash {

    private StableHash() {
    }

    static long of(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Eight hex digits, enough to tell the questions of one article apart. */
    static String hex(String text) {
        return String.format("%08x", of(text) >>> 32);
    }
}
