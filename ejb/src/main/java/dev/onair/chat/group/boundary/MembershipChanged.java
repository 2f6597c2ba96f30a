package dev.onair.chat.group.boundary;

/**
 * A user joined ({@code member} true) or left a group; fired synchronously in
 * the transaction that changed the membership, so observers change their own
 * rows in the same commit.
 */
public record MembershipChanged(long groupId, long userId, boolean member) {
}
