/** {@link dev.onair.chat.conversation.boundary.Conversations}, its value types and the delivery MDB. */
package dev.onair.chat.conversation.boundary;
