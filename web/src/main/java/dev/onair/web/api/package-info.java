/** The JAX-RS application of the OnAir API and what every resource shares. */
package dev.onair.web.api;
