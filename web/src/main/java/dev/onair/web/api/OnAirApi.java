package dev.onair.web.api;

import dev.onair.web.account.AccountsResource;
import dev.onair.web.account.MeResource;
import dev.onair.web.account.SessionsResource;
import dev.onair.web.chat.ChatMediaResource;
import dev.onair.web.chat.RoomMessagesResource;
import dev.onair.web.chat.RoomModerationResource;
import dev.onair.web.conversation.ConversationsResource;
import dev.onair.web.group.GroupProblems;
import dev.onair.web.group.GroupsResource;
import dev.onair.web.health.HealthResource;
import dev.onair.web.media.MediaStreamsResource;
import dev.onair.web.problem.AccountProblems;
import dev.onair.web.problem.BadRequestProblems;
import dev.onair.web.problem.ChatMediaProblems;
import dev.onair.web.problem.MediaProblems;
import dev.onair.web.problem.UnexpectedProblems;
import dev.onair.web.problem.ValidationProblems;
import dev.onair.web.problem.WebProblems;
import dev.onair.web.security.BearerAuthentication;
import dev.onair.web.security.RoleAuthorization;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The OnAir API at {@code /api}. Classes are listed, not scanned, because the
 * same WAR also carries the goim push API under its own application path.
 */
@ApplicationPath("api")
public class OnAirApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                AccountsResource.class, SessionsResource.class, MeResource.class,
                MediaStreamsResource.class, HealthResource.class,
                RoomMessagesResource.class, RoomModerationResource.class,
                GroupsResource.class, ConversationsResource.class, GroupProblems.class,
                BearerAuthentication.class, RoleAuthorization.class,
                AccountProblems.class, ValidationProblems.class, BadRequestProblems.class,
                WebProblems.class, MediaProblems.class, UnexpectedProblems.class,
                ChatMediaResource.class, ChatMediaProblems.class);
    }
}
