package dev.onair.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * User ids this node has seen in the database. Accounts are never deleted,
 * so "this id exists" never goes stale and needs no invalidation across
 * nodes; only the positive answer is kept (an id registered a moment later
 * must not be refused from memory). Every private message checks that its
 * recipient exists, and asking the database each time was a third of the
 * intake's time under load. Bounded: when full it starts over, which costs
 * one query per id again.
 */
@ApplicationScoped
public class KnownUserIds {

    static final int CAPACITY = 100_000;

    private final Set<Long> ids = ConcurrentHashMap.newKeySet();

    public boolean contains(long userId) {
        return ids.contains(userId);
    }

    public void add(long userId) {
        if (ids.size() >= CAPACITY) {
            ids.clear();
        }
        ids.add(userId);
    }
}
