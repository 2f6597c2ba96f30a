/** What the live component stores: {@code live_sessions}, one row per publish from start to end. */
package dev.onair.live.entity;
