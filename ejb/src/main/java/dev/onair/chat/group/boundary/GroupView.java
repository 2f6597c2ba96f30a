package dev.onair.chat.group.boundary;

import java.util.List;

/**
 * A group as its members see it.
 *
 * @param members every member, the owner included, in the order they joined; empty in a list of groups
 */
public record GroupView(long id, String name, long owner, boolean open, String conversation, List<Member> members) {

    /** A member: the user's id and name. */
    public record Member(long id, String name) {
    }
}
