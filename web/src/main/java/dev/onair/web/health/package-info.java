/** {@code /api/health}: the state of each dependency, for operators and load balancers. */
package dev.onair.web.health;
