package blocgraph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

/**
 * Embedded Neo4j Community server for blocgraph tests.
 *
 * Usage: Neo4jLauncher HOME_DIR [PORT]
 * Env:   NEO4J_LAUNCHER_PASSWORD (required, never printed), NEO4J_PLUGIN_DIR,
 *        NEO4J_PAGECACHE (default 1g), NEO4J_TX_MEMORY (default 70% of -Xmx, as Neo4j's own default).
 * Prints "READY bolt://127.0.0.1:PORT" once Bolt is up, then blocks until killed.
 */
public final class Neo4jLauncher {
    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable e) {
            // Exit instead of hanging on Neo4j's non-daemon threads.
            e.printStackTrace();
            System.err.flush();
            Runtime.getRuntime().halt(1);
        }
    }

    static void run(String[] args) throws IOException, InterruptedException {
        if (args.length < 1) {
            System.err.println("usage: Neo4jLauncher HOME_DIR [PORT]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        int port = Integer.parseInt(args.length > 1 ? args[1] : env("NEO4J_PORT", "7687"));
        String password = System.getenv("NEO4J_LAUNCHER_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("NEO4J_LAUNCHER_PASSWORD must be set (at least 8 characters)");
            System.exit(2);
        }
        Path importDir = home.resolve("import");
        Path confDir = home.resolve("conf");
        Files.createDirectories(importDir);
        Files.createDirectories(confDir);

        Path conf = confDir.resolve("neo4j.conf");
        Files.writeString(conf, neo4jConf(port, importDir));
        // APOC may not write files (export to a file, as opposed to streaming the
        // export): a read query should not be able to fill the disk or replace
        // files, and no test needs it. README.md ("Security") says what a
        // production server should set.
        Files.writeString(confDir.resolve("apoc.conf"), String.join("\n",
                "apoc.export.file.enabled=false",
                "apoc.import.file.enabled=true",
                "apoc.import.file.use_neo4j_config=true", ""));

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .loadPropertiesFromFile(conf)
                .setUserLogProvider(new Log4jLogProvider(System.err, Level.INFO))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("launcher: shutting down");
            try {
                dbms.shutdown();
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        setPassword(dbms, password);
        System.err.println("launcher: import dir " + importDir);
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }

    static String neo4jConf(int port, Path importDir) {
        String plugins = env("NEO4J_PLUGIN_DIR", "");
        StringBuilder sb = new StringBuilder();
        sb.append("# Written by blocgraph's Neo4jLauncher on every start; edits are lost.\n");
        Map.ofEntries(
                Map.entry("server.default_listen_address", "127.0.0.1"),
                Map.entry("server.bolt.enabled", "true"),
                Map.entry("server.bolt.listen_address", "127.0.0.1:" + port),
                Map.entry("server.bolt.advertised_address", "127.0.0.1:" + port),
                Map.entry("server.http.enabled", "false"),
                Map.entry("server.https.enabled", "false"),
                Map.entry("dbms.security.auth_enabled", "true"),
                Map.entry("server.directories.import", importDir.toString()),
                Map.entry("dbms.security.allow_csv_import_from_file_urls", "true"),
                Map.entry("dbms.security.procedures.unrestricted", "apoc.*,gds.*"),
                Map.entry("dbms.security.procedures.allowlist", "apoc.*,gds.*"),
                Map.entry("server.memory.pagecache.size", env("NEO4J_PAGECACHE", "1g")),
                Map.entry("dbms.memory.transaction.total.max", env("NEO4J_TX_MEMORY",
                        (Runtime.getRuntime().maxMemory() / 10 * 7 >> 20) + "m")),
                Map.entry("dbms.usage_report.enabled", "false"),
                Map.entry("db.tx_log.rotation.retention_policy", "1G size"))
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> sb.append(e.getKey()).append('=').append(e.getValue()).append('\n'));
        if (!plugins.isEmpty()) {
            sb.append("server.directories.plugins=").append(plugins).append('\n');
        }
        return sb.toString();
    }

    // Sets the neo4j user's password (idempotent; the server is not READY before this).
    static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (!msg.contains("cannot be the same")) {
                throw e;
            }
        }
    }

    static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? dflt : v;
    }

    private Neo4jLauncher() {}
}
