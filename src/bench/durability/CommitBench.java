import java.nio.file.*;
import java.sql.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** Commits per second of one-row transactions on an H2 file database, with a given WRITE_DELAY, 6 threads. */
public class CommitBench {
    public static void main(String[] a) throws Exception {
        String delay = a[0];
        int seconds = Integer.parseInt(a[1]);
        Path dir = Files.createTempDirectory("h2bench");
        String url = "jdbc:h2:file:" + dir + "/b;AUTO_SERVER=FALSE" + (delay.equals("default") ? "" : ";WRITE_DELAY=" + delay);
        try (Connection c = DriverManager.getConnection(url, "sa", "sa")) {
            c.createStatement().execute("create table review_log(id bigint auto_increment primary key, card bigint, rating int, at timestamp, client varchar(64))");
            AtomicLong n = new AtomicLong();
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            ExecutorService pool = Executors.newFixedThreadPool(6);
            for (int t = 0; t < 6; t++) {
                pool.submit(() -> {
                    try (Connection k = DriverManager.getConnection(url, "sa", "sa")) {
                        k.setAutoCommit(false);
                        PreparedStatement p = k.prepareStatement("insert into review_log(card, rating, at, client) values (?, ?, current_timestamp, ?)");
                        while (System.nanoTime() < end) {
                            p.setLong(1, 1); p.setInt(2, 3); p.setString(3, "c" + n.get());
                            p.executeUpdate();
                            k.commit();
                            n.incrementAndGet();
                        }
                    } catch (Exception e) { e.printStackTrace(); }
                    return null;
                });
            }
            pool.shutdown();
            pool.awaitTermination(seconds + 30, TimeUnit.SECONDS);
            System.out.printf("WRITE_DELAY=%s: %d commits in %d s = %.0f commits/s%n", delay, n.get(), seconds, n.get() / (double) seconds);
        }
    }
}
