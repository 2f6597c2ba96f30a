/** The {@code chat_media} table: one row per stored upload. */
package dev.onair.chat.media.entity;
