package id.simak.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per account and per network address over a sliding window and says when a login must be
 * refused without looking at its password. It keeps, in this node's memory only, the times of the failures
 * within the window: at most {@code maxPerAccount} instants per user name and {@code maxPerAddress} per address,
 * for at most {@code maxKeys} names and addresses (when there are more, the expired ones are dropped first, then
 * all: the limiter forgets rather than locking everyone out). A success clears the account's failures.
 */
final class LoginLimiter {

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration window;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    LoginLimiter(int maxPerAccount, int maxPerAddress, Duration window, int maxKeys, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.window = window;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** Seconds until this login may be tried, or 0 when it may be tried now. */
    long waitSeconds(String username, String address) {
        Instant now = clock.instant();
        return Math.max(wait(byAccount, account(username), maxPerAccount, now), wait(byAddress, address, maxPerAddress, now));
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        record(byAccount, account(username), maxPerAccount, now);
        record(byAddress, address, maxPerAddress, now);
    }

    void succeeded(String username) {
        byAccount.remove(account(username));
    }

    private long wait(Map<String, Deque<Instant>> map, String key, int max, Instant now) {
        Deque<Instant> failures = map.get(key);
        if (failures == null) {
            return 0;
        }
        synchronized (failures) {
            expire(failures, now);
            if (failures.size() < max) {
                return 0;
            }
            return Math.max(1, Duration.between(now, failures.peekFirst().plus(window)).toSeconds());
        }
    }

    private void record(Map<String, Deque<Instant>> map, String key, int max, Instant now) {
        if (map.size() >= maxKeys && !map.containsKey(key)) {
            map.values().removeIf(d -> {
                synchronized (d) {
                    expire(d, now);
                    return d.isEmpty();
                }
            });
            if (map.size() >= maxKeys) {
                map.clear();
            }
        }
        Deque<Instant> failures = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            expire(failures, now);
            failures.addLast(now);
            while (failures.size() > max) {
                failures.removeFirst();
            }
        }
    }

    private void expire(Deque<Instant> failures, Instant now) {
        while (!failures.isEmpty() && !failures.peekFirst().plus(window).isAfter(now)) {
            failures.removeFirst();
        }
    }

    /** User names are compared as the login compares them; an absurdly long one is cut so it cannot fill memory. */
    private static String account(String username) {
        String u = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return u.length() > 64 ? u.substring(0, 64) : u;
    }
}
