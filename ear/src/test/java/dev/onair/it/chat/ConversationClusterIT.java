package dev.onair.it.chat;

import static dev.onair.it.chat.Conversing.ACCEPTS;
import static dev.onair.it.chat.Conversing.PRIVATE;
import static dev.onair.it.chat.Conversing.RECEIPT;
import static dev.onair.it.chat.Conversing.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Stack;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Private messages across the two nodes of the test stack, as {@link ClusterIT}
 * does for rooms: the push topic carries a message and its receipt to the other
 * node's sockets, and the backlog read on one node holds what the other stored.
 */
class ConversationClusterIT {

    @Test
    void messagesReceiptsAndBacklogCrossNodes() {
        String nodeB = Stack.http2();
        assumeFalse(nodeB.isEmpty(), "a one-node stack: no -Donair.it.http2");
        String wsB = nodeB.replaceFirst("^http", "ws") + "/ws/sub";
        Account alice = Api.newAccount("cna");
        Account bob = Api.newAccount("cnb");
        Account carol = Api.newAccount("cnc");
        String conversation = Conversing.privateId(alice.id(), bob.id());
        try (GoimClient onA = Conversing.online(alice);
             GoimClient onB = GoimClient.authenticatedAt(wsB, bob, "", ACCEPTS, "")) {
            long id = id(Conversing.send(onA, 1, "user:" + bob.id(), "across"));
            JsonObject pushed = Conversing.messages(onB, PRIVATE, 1).get(0);
            assertEquals(id, id(pushed));
            Conversing.ack(onB, 2, "read", conversation, id);
            assertEquals(id, Conversing.messages(onA, RECEIPT, 1).get(0).getJsonNumber("read").longValueExact());
        }
        long offline;
        try (GoimClient onB = GoimClient.authenticatedAt(wsB, carol, "", ACCEPTS, "")) {
            offline = id(Conversing.send(onB, 1, "user:" + alice.id(), "while you were away"));
            assertTrue(Conversing.stored(offline).isPresent());
        }
        try (GoimClient onA = Conversing.online(alice)) {
            // her own unacked "across" comes first: the backlog also syncs a user's own messages
            var backlog = Conversing.messages(onA, PRIVATE, 2);
            assertEquals(2, backlog.size());
            assertEquals(offline, id(backlog.get(1)));
        }
    }
}
