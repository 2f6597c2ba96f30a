package dev.onair.chat.group.boundary;

import dev.onair.account.boundary.Accounts;
import dev.onair.chat.group.entity.ChatGroup;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Chat groups and their members. The owner is always a member; it adds
 * members to any group, kicks them, and hands ownership to another member
 * before it may leave. Anyone may join an open group. Membership changes lock
 * the group's row, so concurrent joins cannot pass the member limit
 * ({@code onair.chat.group.max-members}, default 500), and each change fires a
 * {@link MembershipChanged} in its transaction.
 */
@Stateless
public class Groups {

    private static final Logger LOG = Logger.getLogger(Groups.class.getName());
    public static final int MAX_NAME = 64;

    @PersistenceContext(unitName = "onair")
    EntityManager em;

    @EJB
    Accounts accounts;

    @Inject
    Event<MembershipChanged> membership;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "onair.chat.group.max-members", defaultValue = "500")
    int maxMembers;

    public GroupView create(long ownerId, String name, boolean open) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            throw new GroupRefused(GroupRefused.INVALID, "name must have 1 to " + MAX_NAME + " characters");
        }
        ChatGroup group = new ChatGroup(trimmed, ownerId, open, clock.instant());
        em.persist(group);
        em.flush(); // the id, for the member row
        addMember(group, ownerId);
        LOG.info(() -> "chat group created id=" + group.id() + " owner=" + ownerId + " open=" + open);
        return view(group);
    }

    /** The groups the user is a member of, newest first (members left out). */
    public List<GroupView> of(long userId) {
        List<ChatGroup> groups = ids(em.createNativeQuery("SELECT group_id FROM chat_group_members WHERE user_id = ?1"
                + " ORDER BY group_id DESC").setParameter(1, userId).getResultList()).stream()
                .map(id -> em.find(ChatGroup.class, id)).toList();
        return groups.stream().map(g -> new GroupView(g.id(), g.name(), g.ownerId(), g.isOpen(),
                conversation(g.id()), List.of())).toList();
    }

    /** A group with its members, for one of its members. */
    public GroupView view(long groupId, long callerId) {
        ChatGroup group = group(groupId);
        requireMember(groupId, callerId);
        return view(group);
    }

    /** The owner adds a user. */
    public GroupView add(long groupId, long ownerId, long userId) {
        ChatGroup group = lockedGroup(groupId);
        requireOwner(group, ownerId);
        if (accounts.find(userId).isEmpty()) {
            throw new GroupRefused(GroupRefused.NOT_FOUND, "no user " + userId);
        }
        admit(group, userId);
        LOG.info(() -> "chat group member added group=" + groupId + " user=" + userId + " by=" + ownerId);
        return view(group);
    }

    /** A user joins an open group. */
    public GroupView join(long groupId, long userId) {
        ChatGroup group = lockedGroup(groupId);
        if (!group.isOpen()) {
            throw new GroupRefused(GroupRefused.FORBIDDEN, "the group is closed: its owner adds members");
        }
        admit(group, userId);
        LOG.info(() -> "chat group joined group=" + groupId + " user=" + userId);
        return view(group);
    }

    /** A member leaves; the owner must hand the group over first. */
    public void leave(long groupId, long userId) {
        ChatGroup group = lockedGroup(groupId);
        requireMember(groupId, userId);
        if (group.ownerId() == userId) {
            throw new GroupRefused(GroupRefused.CONFLICT, "the owner cannot leave: transfer ownership first");
        }
        removeMember(groupId, userId);
        LOG.info(() -> "chat group left group=" + groupId + " user=" + userId);
    }

    /** The owner removes a member (not itself). */
    public void kick(long groupId, long ownerId, long userId) {
        ChatGroup group = lockedGroup(groupId);
        requireOwner(group, ownerId);
        if (userId == ownerId) {
            throw new GroupRefused(GroupRefused.CONFLICT, "the owner cannot remove itself: transfer ownership first");
        }
        if (!isMember(groupId, userId)) {
            throw new GroupRefused(GroupRefused.NOT_FOUND, "user " + userId + " is not a member");
        }
        removeMember(groupId, userId);
        LOG.info(() -> "chat group kick group=" + groupId + " user=" + userId + " by=" + ownerId);
    }

    /** The owner hands the group to another member. */
    public GroupView transfer(long groupId, long ownerId, long userId) {
        ChatGroup group = lockedGroup(groupId);
        requireOwner(group, ownerId);
        if (!isMember(groupId, userId)) {
            throw new GroupRefused(GroupRefused.CONFLICT, "ownership goes to a member; user " + userId + " is not one");
        }
        group.ownerId(userId);
        LOG.info(() -> "chat group owner group=" + groupId + " from=" + ownerId + " to=" + userId);
        return view(group);
    }

    public boolean exists(long groupId) {
        return em.find(ChatGroup.class, groupId) != null;
    }

    public boolean isMember(long groupId, long userId) {
        return !em.createNativeQuery("SELECT 1 FROM chat_group_members WHERE group_id = ?1 AND user_id = ?2")
                .setParameter(1, groupId).setParameter(2, userId).getResultList().isEmpty();
    }

    /** The members' user ids now, in the order they joined. */
    public List<Long> memberIds(long groupId) {
        return ids(em.createNativeQuery("SELECT user_id FROM chat_group_members WHERE group_id = ?1"
                + " ORDER BY joined_at, user_id").setParameter(1, groupId).getResultList());
    }

    /** The group's conversation id, as the conversation component names it. */
    public static String conversation(long groupId) {
        return "g-" + groupId;
    }

    private void admit(ChatGroup group, long userId) {
        if (isMember(group.id(), userId)) {
            throw new GroupRefused(GroupRefused.CONFLICT, "user " + userId + " is a member already");
        }
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM chat_group_members WHERE group_id = ?1")
                .setParameter(1, group.id()).getSingleResult()).longValue();
        if (count >= maxMembers) {
            throw new GroupRefused(GroupRefused.CONFLICT, "the group is full (" + maxMembers + " members)");
        }
        addMember(group, userId);
    }

    private void addMember(ChatGroup group, long userId) {
        em.createNativeQuery("INSERT INTO chat_group_members (group_id, user_id, joined_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, group.id()).setParameter(2, userId)
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        membership.fire(new MembershipChanged(group.id(), userId, true));
    }

    private void removeMember(long groupId, long userId) {
        em.createNativeQuery("DELETE FROM chat_group_members WHERE group_id = ?1 AND user_id = ?2")
                .setParameter(1, groupId).setParameter(2, userId).executeUpdate();
        membership.fire(new MembershipChanged(groupId, userId, false));
    }

    private ChatGroup group(long groupId) {
        ChatGroup group = em.find(ChatGroup.class, groupId);
        if (group == null) {
            throw new GroupRefused(GroupRefused.NOT_FOUND, "no group " + groupId);
        }
        return group;
    }

    private ChatGroup lockedGroup(long groupId) {
        ChatGroup group = em.find(ChatGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
        if (group == null) {
            throw new GroupRefused(GroupRefused.NOT_FOUND, "no group " + groupId);
        }
        return group;
    }

    private void requireMember(long groupId, long userId) {
        if (!isMember(groupId, userId)) {
            throw new GroupRefused(GroupRefused.FORBIDDEN, "members only");
        }
    }

    private static void requireOwner(ChatGroup group, long userId) {
        if (group.ownerId() != userId) {
            throw new GroupRefused(GroupRefused.FORBIDDEN, "only the group's owner may do this");
        }
    }

    private GroupView view(ChatGroup group) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.id, u.username FROM chat_group_members m"
                        + " JOIN users u ON u.id = m.user_id WHERE m.group_id = ?1 ORDER BY m.joined_at, m.user_id")
                .setParameter(1, group.id()).getResultList();
        List<GroupView.Member> members = rows.stream()
                .map(r -> new GroupView.Member(((Number) r[0]).longValue(), (String) r[1])).toList();
        return new GroupView(group.id(), group.name(), group.ownerId(), group.isOpen(), conversation(group.id()),
                members);
    }

    @SuppressWarnings("unchecked")
    private static List<Long> ids(List<?> rows) {
        return ((List<Object>) rows).stream().map(r -> ((Number) r).longValue()).toList();
    }
}
