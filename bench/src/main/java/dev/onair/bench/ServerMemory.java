package dev.onair.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server JVM's memory after a full GC: heap used (jcmd GC.run, then
 * GC.heap_info) and resident set size (/proc). jcmd must run as the
 * server's user, as it does here.
 */
record ServerMemory(long heapUsedKb, long rssKb) {

    private static final Pattern USED = Pattern.compile("used (\\d+)K");
    private static final Pattern GENERATION = Pattern.compile(
            "(?m)^\\s*(?:PSYoungGen|ParOldGen|def new generation|tenured generation)\\s.*?used (\\d+)K");
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    static ServerMemory of(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Thread.sleep(1000);
        jcmd(pid, "GC.run"); // a second pass catches what finalization and soft references released
        return new ServerMemory(heapUsed(jcmd(pid, "GC.heap_info")), rss(Files.readString(Path.of("/proc/" + pid + "/status"))));
    }

    /**
     * The heap's "used NK" from GC.heap_info: G1 prints the whole heap's first;
     * Parallel and Serial print one line per generation, which are summed.
     */
    static long heapUsed(String heapInfo) {
        Matcher generations = GENERATION.matcher(heapInfo);
        long sum = 0;
        boolean found = false;
        while (generations.find()) {
            sum += Long.parseLong(generations.group(1));
            found = true;
        }
        if (found) {
            return sum;
        }
        Matcher m = USED.matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /**
     * CPU time (user + system) a process has used so far, in clock ticks (1/100 s here):
     * fields 14 and 15 of /proc/pid/stat, counted after the parenthesised command name.
     */
    static long cpuTicks(long pid) {
        try {
            return cpuTicks(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (IOException e) {
            return -1;
        }
    }

    static long cpuTicks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
    }

    static long rss(String procStatus) {
        Matcher m = RSS.matcher(procStatus);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " " + command + " failed: " + out);
        }
        return out;
    }
}
