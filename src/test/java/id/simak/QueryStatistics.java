package id.simak;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

/** H2's query statistics, for tests that count the statements a request runs. */
public final class QueryStatistics {

    private QueryStatistics() {
    }

    /** Each statement the database ran since the statistics were turned on (this call turns them on), with how often. */
    public static Map<String, Long> executed(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
            s.execute("SET QUERY_STATISTICS TRUE");
            Map<String, Long> out = new TreeMap<>();
            try (ResultSet r = s.executeQuery("select SQL_STATEMENT, EXECUTION_COUNT "
                    + "from INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                while (r.next()) {
                    String sql = r.getString(1);
                    if (!sql.contains("QUERY_STATISTICS")) {
                        out.put(sql, r.getLong(2));
                    }
                }
            }
            return out;
        }
    }
}
