package dev.onair.it.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.onair.it.support.Api;
import dev.onair.it.support.Api.Account;
import dev.onair.it.support.Stack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An open socket does not outlive its access token: the server closes it
 * (error frame, 1008 "token expired") once the token expires, unless the
 * client renewed it with op 7 and a fresh token of the same user. The
 * short-lived tokens are minted here with the stack's own secret
 * ({@code $ONAIR_HOME/secrets.env}), as the server would sign them.
 */
class TokenExpiryIT {

    private static byte[] secret;

    @BeforeAll
    static void stackSecret() throws IOException {
        String line = Files.readAllLines(Path.of(Stack.home(), "secrets.env")).stream()
                .filter(l -> l.startsWith("ONAIR_TOKEN_SECRET=")).findFirst()
                .orElseThrow(() -> new AssertionError("no ONAIR_TOKEN_SECRET in " + Stack.home() + "/secrets.env"));
        secret = line.substring(line.indexOf('=') + 1).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void closesTheSocketWhenItsTokenExpires() {
        Account alice = Api.newAccount("tea");
        Account shortLived = new Account(alice.id(), alice.username(), token(alice, Duration.ofSeconds(3)));
        try (GoimClient client = GoimClient.authenticated(shortLived, Rooms.fresh(), List.of())) {
            GoimClient.Close close = client.awaitClose(Duration.ofSeconds(15));
            assertEquals(1008, close.code());
            assertEquals("token expired", close.reason());
        }
    }

    @Test
    void aRenewedTokenKeepsTheSocketOpen() throws InterruptedException {
        Account bob = Api.newAccount("teb");
        Account shortLived = new Account(bob.id(), bob.username(), token(bob, Duration.ofSeconds(3)));
        try (GoimClient client = GoimClient.authenticated(shortLived, Rooms.fresh(), List.of())) {
            client.send(WireFrame.of(7, 2, GoimClient.auth(bob.id(), bob.token(), "", List.of(), "").toString()));
            WireFrame reply = client.nextFrame();
            assertEquals(8, reply.op(), "renewal answered with op 8");
            assertEquals(2, reply.seq());
            Thread.sleep(5_000); // past the first token's expiry and a sweep
            assertFalse(client.isClosed(), "still open on the renewed token");
            client.send(WireFrame.of(2, 3, ""));
            assertEquals(3, client.nextFrame().op(), "heartbeats still answered");
        }
    }

    @Test
    void aRenewalWithAnotherUsersTokenClosesTheSocket() {
        Account carol = Api.newAccount("tec");
        Account mallory = Api.newAccount("tem");
        try (GoimClient client = GoimClient.authenticated(carol, Rooms.fresh(), List.of())) {
            client.send(WireFrame.of(7, 2, GoimClient.auth(0, mallory.token(), "", List.of(), "").toString()));
            assertEquals(6, client.nextFrame().op(), "an error frame first");
            GoimClient.Close close = client.awaitClose();
            assertEquals(1008, close.code());
            assertEquals("token of another user", close.reason());
        }
    }

    @Test
    void aRenewalWithAnInvalidTokenClosesTheSocket() {
        Account dave = Api.newAccount("ted");
        try (GoimClient client = GoimClient.authenticated(dave, Rooms.fresh(), List.of())) {
            client.send(WireFrame.of(7, 2, GoimClient.auth(dave.id(), dave.token() + "x", "", List.of(), "").toString()));
            assertEquals(6, client.nextFrame().op(), "an error frame first");
            assertEquals(1008, client.awaitClose().code());
        }
    }

    private static String token(Account account, Duration ttl) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("onair").subject(Long.toString(account.id()))
                .claim("upn", account.username()).claim("groups", List.of("user"))
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString()).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret));
            assertTrue(jwt.serialize().length() > 0);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
