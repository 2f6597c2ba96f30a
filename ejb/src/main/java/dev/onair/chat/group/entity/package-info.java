/** A group row ({@code chat_groups}); members are rows of {@code chat_group_members}, written with SQL. */
package dev.onair.chat.group.entity;
