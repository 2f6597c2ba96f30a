/**
 * Health of the systems OnAir depends on: the database, Redis, the Artemis broker and the
 * media server. Each is a {@link dev.onair.platform.health.DependencyCheck} bean;
 * {@link dev.onair.platform.health.SystemHealth} runs them all in parallel under one time
 * bound and is what the admin dashboard and {@code GET /api/health} read.
 */
package dev.onair.platform.health;
