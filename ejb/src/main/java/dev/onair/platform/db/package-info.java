/** The relational schema: Flyway migrations applied at startup on {@code jdbc/onair}. */
package dev.onair.platform.db;
