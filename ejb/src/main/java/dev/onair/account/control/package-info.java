/** Account logic with no transaction of its own: password rules, hashing, token signing, key generation. */
package dev.onair.account.control;
