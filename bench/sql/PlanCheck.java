package dev.onair.chat.conversation.control;

import dev.onair.chat.conversation.boundary.Backlog;
import dev.onair.chat.conversation.boundary.ConversationMessage;
import dev.onair.chat.conversation.boundary.ConversationSummary;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Calls ConversationArchive's backlog and list reads on a database filled by
 * conversations-large.sql, through EclipseLink and the MariaDB driver as in
 * Payara (no JTA: each read autocommits). Run by plan-check.sh.
 *
 * <p>{@code dump FILE}: every backlog batch (all, private only, group only) and
 * every list page (20 and 100) of 215 users, one line per message or entry, to
 * diff two versions. {@code time}: the median of 9 calls per case after one
 * warm-up.
 */
public class PlanCheck {

    /** name, then "und user [conversation seq]" (START without) or "list user before". */
    private static final List<String> CASES = List.of(
            "B1 und 1",                         // 3,412 conversations, 10 undelivered messages
            "B2 und 2",                         // in the 100k-message groups 1 and 2, 30 and 50 behind
            "B3 und 2 g-1 99980",               // the same, mid-way
            "B4 und 3",                         // 192 conversations lagging, 1,266 messages: 7 batches
            "B5 und 3 g-429 446",               // its second batch
            "B6 und 4",                         // 20,000 behind in group 1
            "B7 und 4 g-1 90000",               // the same, mid-way
            "B8 und 15000",                     // a typical user: 25 conversations, 3 lagging
            "L1 list 1 9223372036854775807",    // first page of 3,412 conversations
            "L2 list 1 244988058044885",        // the page after the 1,000th
            "L3 list 2 9223372036854775807",    // 256 conversations, the busy groups on top
            "L4 list 2 244786695771935",        // the page after the 100th
            "L5 list 4 9223372036854775807",    // 20,000 unread in group 1
            "L6 list 15000 9223372036854775807");

    public static void main(String[] args) throws Exception {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("plan", Map.of(
                "jakarta.persistence.jdbc.url", System.getProperty("url", "jdbc:mariadb://127.0.0.1:3306/onair_plan"),
                "jakarta.persistence.jdbc.user", System.getProperty("user", "root"),
                "jakarta.persistence.jdbc.password", System.getProperty("password", ""),
                "jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver",
                "eclipselink.logging.level", "SEVERE"));
        ConversationArchive cut = new ConversationArchive();
        cut.em = emf.createEntityManager();
        if (args[0].equals("dump")) {
            try (PrintWriter out = new PrintWriter(args[1])) {
                dump(cut, out);
            }
        } else {
            for (String line : CASES) {
                time(cut, line.split(" "), 9);
            }
        }
        emf.close();
    }

    private static void dump(ConversationArchive cut, PrintWriter out) {
        List<Long> users = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 5L, 7L, 15000L, 19999L));
        for (long u = 11; u <= 20000; u += 97) {
            users.add(u);
        }
        for (long u : users) {
            for (boolean[] kinds : new boolean[][] {{true, true}, {true, false}, {false, true}}) {
                Backlog.Position after = Backlog.Position.START;
                for (int batch = 0; batch < 200; batch++) {
                    Backlog b = Backlog.of(cut.undelivered(u, after, 201, kinds[0], kinds[1]), 200, after);
                    String at = "B " + u + " " + Arrays.toString(kinds) + " " + batch + " ";
                    b.messages().forEach(m -> out.println(at + m));
                    out.println(at + "next " + b.next() + " complete " + b.complete());
                    if (b.complete()) {
                        break;
                    }
                    after = b.next();
                }
            }
            for (int limit : new int[] {20, 100}) {
                long before = Long.MAX_VALUE;
                for (int page = 0; page < 200; page++) {
                    List<ConversationSummary> items = cut.list(u, before, limit);
                    String at = "L " + u + " " + limit + " " + page + " ";
                    items.forEach(s -> out.println(at + s));
                    if (items.size() < limit) {
                        break;
                    }
                    before = items.get(items.size() - 1).last().id();
                }
            }
        }
    }

    private static void time(ConversationArchive cut, String[] f, int n) {
        long user = Long.parseLong(f[2]);
        Runnable call = f[1].equals("und")
                ? () -> cut.undelivered(user, f.length > 3 ? new Backlog.Position(f[3], Long.parseLong(f[4]))
                        : Backlog.Position.START, 201, true, true)
                : () -> cut.list(user, Long.parseLong(f[3]), 20);
        call.run();
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-3s median %8.2f ms  (min %.2f max %.2f, n=%d)%n", f[0], ms[n / 2], ms[0], ms[n - 1], n);
    }
}
