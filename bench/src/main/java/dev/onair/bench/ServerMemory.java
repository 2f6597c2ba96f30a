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
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    static ServerMemory of(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        Thread.sleep(1000);
        jcmd(pid, "GC.run"); // a second pass catches what finalization and soft references released
        return new ServerMemory(heapUsed(jcmd(pid, "GC.heap_info")), rss(Files.readString(Path.of("/proc/" + pid + "/status"))));
    }

    /** The first "used NK" of GC.heap_info: the whole heap's (G1, Parallel and Serial print it first). */
    static long heapUsed(String heapInfo) {
        Matcher m = USED.matcher(heapInfo);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
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
