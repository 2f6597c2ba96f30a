package dev.onair.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table bench/run.sh prints: one row per {@code RESULT} line, and for each
 * {@code payara-X} the ratios to {@code netty-X} of the same run (deliveries/s
 * and p99 latency).
 */
public final class ResultTable {

    private static final String[][] COLUMNS = {
            {"label", "run"}, {"held", "held"}, {"heap_per_conn_kb", "heap KB/conn"},
            {"rss_per_conn_kb", "RSS KB/conn"}, {"push_rate", "pushes/s"}, {"deliveries_s", "deliveries/s"},
            {"expected_s", "expected/s"}, {"server_cpu_pct", "server CPU %"},
            {"us_per_delivery", "server CPU µs/delivery"}, {"p50_ms", "p50 ms"}, {"p99_ms", "p99 ms"},
            {"push_api_p99_ms", "push API p99 ms"}, {"closes", "closes"}};

    private ResultTable() {
    }

    public static void main(String[] args) throws IOException {
        System.out.print(render(Files.readAllLines(Path.of(args[0]))));
    }

    static Map<String, String> parse(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : line.trim().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                values.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return values;
    }

    static String render(List<String> lines) {
        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("RESULT")) {
                Map<String, String> values = parse(line);
                runs.put(values.getOrDefault("label", "?"), values);
            }
        }
        StringBuilder out = new StringBuilder("|");
        for (String[] column : COLUMNS) {
            out.append(' ').append(column[1]).append(" |");
        }
        out.append('\n').append("|").append("---|".repeat(COLUMNS.length)).append('\n');
        for (Map<String, String> run : runs.values()) {
            out.append('|');
            for (String[] column : COLUMNS) {
                out.append(' ').append(run.getOrDefault(column[0], "-")).append(" |");
            }
            out.append('\n');
        }
        for (Map.Entry<String, Map<String, String>> run : runs.entrySet()) {
            if (!run.getKey().startsWith("payara-")) {
                continue;
            }
            Map<String, String> netty = runs.get("netty-" + run.getKey().substring("payara-".length()));
            if (netty == null) {
                continue;
            }
            out.append(String.format("%s / %s: deliveries/s %s, p99 %s, CPU per delivery %s%n", run.getKey(),
                    netty.get("label"), ratio(run.getValue().get("deliveries_s"), netty.get("deliveries_s")),
                    ratio(run.getValue().get("p99_ms"), netty.get("p99_ms")),
                    ratio(run.getValue().get("us_per_delivery"), netty.get("us_per_delivery"))));
        }
        return out.toString();
    }

    static String ratio(String a, String b) {
        try {
            double denominator = Double.parseDouble(b);
            return denominator == 0 ? "-" : String.format("%.2fx", Double.parseDouble(a) / denominator);
        } catch (NumberFormatException | NullPointerException e) {
            return "-";
        }
    }
}
