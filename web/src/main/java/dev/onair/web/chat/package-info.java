/** Chat over HTTP: a room's message history, newest first, a page at a time. */
package dev.onair.web.chat;
