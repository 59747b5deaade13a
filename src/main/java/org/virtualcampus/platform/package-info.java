/**
 * Cross-cutting plumbing every feature stands on: the data source and schema migrations, the JAX-RS
 * application with its problem+json error mapping and request limits, sign-in mechanics, the clock,
 * and start-up. It holds no business rules of its own.
 */
package org.virtualcampus.platform;
