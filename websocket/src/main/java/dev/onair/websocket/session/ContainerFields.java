package dev.onair.websocket.session;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reflection into the container's own objects (Tyrus, catalina, Grizzly),
 * for the two places where its API leaves no other way: {@link RawSocket}'s
 * writes and {@link IdleTimerScheduler}'s scheduler. Fields are found in the
 * class or a superclass and made accessible; those read per socket are
 * remembered by class.
 */
final class ContainerFields {

    private static final Map<String, Field> KNOWN = new ConcurrentHashMap<>();

    private ContainerFields() {
    }

    /** The value of the named field of {@code owner}, declared in its class or a superclass. */
    static Object get(Object owner, String name) throws ReflectiveOperationException {
        String key = owner.getClass().getName() + '#' + name;
        Field f = KNOWN.get(key);
        if (f == null) {
            f = find(owner.getClass(), name);
            KNOWN.put(key, f);
        }
        return f.get(owner);
    }

    /** Calls the named method without arguments, declared in the class of {@code owner} or a superclass. */
    static Object call(Object owner, String name) throws ReflectiveOperationException {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Method m = c.getDeclaredMethod(name);
                m.setAccessible(true);
                return m.invoke(owner);
            } catch (NoSuchMethodException e) {
                // look in the superclass
            }
        }
        throw new NoSuchMethodException(owner.getClass().getName() + "." + name + "()");
    }

    /** The named field of {@code type} or a superclass, made accessible. */
    static Field find(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
