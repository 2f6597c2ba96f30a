/**
 * The HTTP doors of OnAir: the JAX-RS API under {@code /api} (accounts,
 * sessions, the caller's own data, media, health) with bearer-token security
 * and problem+json errors. Resources parse and validate, then delegate to the
 * ejb boundaries.
 */
package dev.onair.web;
