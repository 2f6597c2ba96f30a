/** One error shape for the whole API: RFC 9457 {@code application/problem+json}, through exception mappers. */
package dev.onair.web.problem;
