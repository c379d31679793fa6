package io.runledger.architecture.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portability audit of SPEC S3: one set of Flyway files must run unchanged on SQLite and
 * PostgreSQL, and stay a clean, ordered, additive history.
 */
final class MigrationAudit {
    /** {@code V<n>__<lower_snake_words>.sql}, n without leading zeros. */
    static final Pattern FILE_NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9]+(?:_[a-z0-9]+)*)\\.sql");

    private MigrationAudit() {
    }

    /** Every non-portable construct in one file's code (comments and literal contents ignored). */
    static List<Finding> auditSql(String file, String sql) {
        String code = SqlText.codeOnly(sql);
        List<Finding> found = new ArrayList<>();
        for (NonPortableSql banned : NonPortableSql.ALL) {
            Matcher matcher = banned.pattern().matcher(code);
            while (matcher.find()) {
                found.add(new Finding(file, SqlText.lineOf(code, matcher.start()),
                        banned.name() + " (`" + matcher.group().strip() + "`): " + banned.why()));
            }
        }
        return found;
    }

    /** Naming and ordering of the whole set: versions 1..n, each exactly once, nothing else in the folder. */
    static List<Finding> auditNames(List<String> fileNames) {
        List<Finding> found = new ArrayList<>();
        Map<Integer, String> byVersion = new TreeMap<>();
        for (String name : fileNames) {
            Matcher matcher = FILE_NAME.matcher(name);
            if (!matcher.matches()) {
                found.add(new Finding(name, 0, "not a versioned migration name V<n>__<lower_snake_words>.sql"
                        + " (no repeatable, undo or other files here)"));
                continue;
            }
            int version = Integer.parseInt(matcher.group(1));
            String earlier = byVersion.putIfAbsent(version, name);
            if (earlier != null) {
                found.add(new Finding(name, 0, "version " + version + " is also used by " + earlier));
            }
        }
        int expected = 1;
        for (int version : byVersion.keySet()) {
            if (version != expected) {
                found.add(new Finding(byVersion.get(version), 0,
                        "versions must run 1, 2, 3… without gaps; expected V" + expected + " here"));
                break;
            }
            expected++;
        }
        if (fileNames.isEmpty()) {
            found.add(new Finding("db/migration", 0, "no migration files found; an audit of nothing proves nothing"));
        }
        return found;
    }
}
