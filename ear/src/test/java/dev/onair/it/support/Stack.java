package dev.onair.it.support;

import java.net.URI;
import java.nio.file.Path;

/** Where the stack under test answers; {@code bin/onair test} passes these as system properties. */
public final class Stack {

    private Stack() {
    }

    public static String http() {
        return prop("onair.it.http", "http://127.0.0.1:18080");
    }

    /**
     * Node 2 of a two-node stack ({@code ONAIR_NODES=2}): another Payara domain
     * sharing MariaDB, Redis and Artemis with {@link #http()}; empty when the
     * stack has one node.
     */
    public static String http2() {
        return prop("onair.it.http2", "");
    }

    public static URI api(String path) {
        return URI.create(http() + path);
    }

    public static String ws() {
        return http().replaceFirst("^http", "ws") + "/ws/sub";
    }

    public static String rtmp() {
        return prop("onair.it.rtmp", "rtmp://127.0.0.1:11935");
    }

    public static String media() {
        return prop("onair.it.media", "http://127.0.0.1:18088");
    }

    /** The ONAIR_HOME of the stack under test: where its processes keep their pid files. */
    public static String home() {
        return prop("onair.it.home", ".onair-test");
    }

    /** The stack's ONAIR_MEDIA_ROOT: uploads under {@code chat/}, uploads being read under {@code tmp/}. */
    public static Path mediaRoot() {
        return Path.of(prop("onair.it.mediaRoot", home() + "/media"));
    }

    public static String pushKey() {
        return prop("onair.it.pushKey", "");
    }

    public static String dbUrl() {
        return prop("onair.it.dbUrl", "jdbc:mariadb://127.0.0.1:3306/onair_test");
    }

    public static String dbUser() {
        return prop("onair.it.dbUser", "onair");
    }

    public static String dbPassword() {
        return prop("onair.it.dbPassword", "onair");
    }

    public static String redisHost() {
        return prop("onair.it.redisHost", "127.0.0.1");
    }

    public static int redisPort() {
        return Integer.parseInt(prop("onair.it.redisPort", "6379"));
    }

    public static int redisDb() {
        return Integer.parseInt(prop("onair.it.redisDb", "1"));
    }

    /**
     * The stack's {@code bin/onair} script, with which a test may restart a
     * node ({@code restart-node --test 2 --kill}); empty when not run by it.
     */
    public static String script() {
        return prop("onair.it.script", "");
    }

    private static String prop(String name, String fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
