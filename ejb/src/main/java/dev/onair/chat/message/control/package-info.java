/**
 * How room messages are checked, stamped and moved: pure rules (validation,
 * word filter, rate rule, id layout) and their infrastructure (Redis for rate
 * windows and client-id deduplication, the Artemis persist queue, the archive
 * table). Nothing here has a transaction of its own.
 */
package dev.onair.chat.message.control;
