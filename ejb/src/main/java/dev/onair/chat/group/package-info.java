/**
 * Chat groups: a named set of users with one owner, open (anyone may join)
 * or closed (the owner adds members), at most {@code onair.chat.group.max-members}
 * members. The group's messages are a conversation ({@code g-<id>}) of the
 * {@code chat.conversation} component, which learns of joins and leaves through
 * {@link dev.onair.chat.group.boundary.MembershipChanged} events.
 */
package dev.onair.chat.group;
