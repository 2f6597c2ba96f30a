/** {@link dev.onair.chat.group.boundary.Groups}: creating groups and changing who is in them, with the owner's rules. */
package dev.onair.chat.group.boundary;
