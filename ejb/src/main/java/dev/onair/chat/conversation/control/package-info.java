/** The delivery queue and the conversation tables (messages, members with cursors, the list). */
package dev.onair.chat.conversation.control;
