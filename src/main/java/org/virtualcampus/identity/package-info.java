/**
 * Members, their profiles and roles, and signing in. Owns the rule that an e-mail address belongs
 * to one member whatever its case, how passwords are stored (PBKDF2), and how repeated failed
 * sign-ins lock an account for a while.
 */
package org.virtualcampus.identity;
